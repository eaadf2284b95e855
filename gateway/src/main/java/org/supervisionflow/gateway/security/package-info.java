/** Login with Keycloak, session, CSRF, secure headers and logout for the browser; Keycloak bearer tokens for scripts. */
package org.supervisionflow.gateway.security;
