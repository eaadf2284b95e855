/** Events of the workflow engine on {@code supervision.workflow.events}. */
package org.supervisionflow.contracts.workflow;
