package org.supervisionflow.contracts.workflow;

import org.supervisionflow.contracts.SupervisionMessage;

/** Facts the workflow engine establishes about a report's lifecycle. */
public sealed interface WorkflowEvent extends SupervisionMessage permits StageChanged, ReportGraded,
        DeadlineApproaching, DeadlineMissed, WarningRaised, EscalationRaised {
}
