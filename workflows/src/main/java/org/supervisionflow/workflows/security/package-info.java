/**
 * Who may reach what on port 8085: the service's API takes Keycloak bearer tokens, Camunda's web apps and REST
 * API authenticate operators against the engine's own users.
 */
package org.supervisionflow.workflows.security;
