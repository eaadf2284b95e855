/** The departments (民政局, 司法局, …) campaigns reach; their codes match the Keycloak groups and token claim. */
package org.supervisionflow.assignment.department;
