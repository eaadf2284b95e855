/**
 * Whole-stack tests: the real gateway, services, workflow engine, Keycloak, Kafka and PostgreSQL of the local
 * stack, driven through the gateway with Keycloak tokens and in a real browser.
 */
package org.supervisionflow.e2e;
