package org.supervisionflow.submission.report;

import java.time.Instant;
import java.util.UUID;

/** A reason the auditors gave when returning version {@code returnedVersion}; {@code indicatorId} null = whole report. */
public record ReturnNote(int returnedVersion, UUID indicatorId, String reason, Instant receivedAt) {
}
