package org.supervisionflow.contracts.notification;

import org.supervisionflow.contracts.SupervisionMessage;

/** Facts about telling people: every delivery attempt, so a report's history shows who was told and how. */
public sealed interface NotificationEvent extends SupervisionMessage permits NotificationAttempted {
}
