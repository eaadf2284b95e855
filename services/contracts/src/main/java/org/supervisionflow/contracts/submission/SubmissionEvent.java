package org.supervisionflow.contracts.submission;

import org.supervisionflow.contracts.SupervisionMessage;

/** Facts about department reports. */
public sealed interface SubmissionEvent extends SupervisionMessage permits ReportOpened, DraftStarted, ReportSentForApproval, ReportApprovalRejected,
        ReportSubmitted, RectificationSentForApproval, RectificationApprovalRejected, RectificationSubmitted,
        ExtensionRequested, ReportPublished {
}
