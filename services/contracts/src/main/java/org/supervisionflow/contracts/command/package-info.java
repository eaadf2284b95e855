/** Commands the workflow engine sends to the services on {@code supervision.commands}. */
package org.supervisionflow.contracts.command;
