/** Login with Keycloak, session, CSRF, secure headers and logout for the browser. */
package org.supervisionflow.gateway.security;
