package org.supervisionflow.contracts.command;

import org.supervisionflow.contracts.SupervisionMessage;

/** What the workflow engine asks a service to do; the receiving service decides whether its state allows it. */
public sealed interface Command extends SupervisionMessage permits OpenReport, ReopenReport, CloseReport, OpenReview, OpenRectification,
        ReopenRectification, OpenVerification {
}
