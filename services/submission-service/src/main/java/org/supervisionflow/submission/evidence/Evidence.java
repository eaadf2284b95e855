package org.supervisionflow.submission.evidence;

import java.time.Instant;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;

/**
 * One attachment: the section or finding it belongs to (exactly one of them), the file's name as uploaded, the
 * type detected from its bytes, its size and SHA-256 (hex), who uploaded it and when.
 */
public record Evidence(UUID id, UUID reportId, UUID sectionId, UUID findingId, String fileName, String contentType,
        long sizeBytes, String sha256, Instant uploadedAt, Actor uploadedBy) {
}
