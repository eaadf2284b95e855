/** Keycloak tokens to roles and department; the resource-server set-up every service uses. */
package org.supervisionflow.platform.security;
