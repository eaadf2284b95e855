/** Real servers for tests, embedded: PostgreSQL 17, a Kafka KRaft broker; and Keycloak-shaped test tokens. */
package org.supervisionflow.testsupport;
