package org.supervisionflow.contracts.assignment;

import org.supervisionflow.contracts.SupervisionMessage;

/** Facts about campaigns reaching departments. */
public sealed interface AssignmentEvent extends SupervisionMessage permits AssignmentIssued, AssignmentWithdrawn,
        DueDateMoved, ExtensionGranted, ExtensionDenied {
}
