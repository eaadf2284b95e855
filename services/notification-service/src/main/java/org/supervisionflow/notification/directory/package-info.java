/** The people notifications go to: a copy of Keycloak's users with their roles, department, email and phone. */
package org.supervisionflow.notification.directory;
