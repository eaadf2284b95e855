/** The gateway: Keycloak login for browsers, routes with token relay to the services, the web UI. */
package org.supervisionflow.gateway;
