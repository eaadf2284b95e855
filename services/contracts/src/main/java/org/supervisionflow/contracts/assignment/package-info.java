/** Events of assignment-service on {@code supervision.assignment.events}. */
package org.supervisionflow.contracts.assignment;
