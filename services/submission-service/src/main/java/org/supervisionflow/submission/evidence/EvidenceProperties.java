package org.supervisionflow.submission.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code supervision.evidence.*}: the largest attachment accepted (checked while the bytes stream in, besides
 * {@code spring.servlet.multipart.max-file-size}, which should be at least as large).
 */
@ConfigurationProperties("supervision.evidence")
public record EvidenceProperties(DataSize maxSize) {

    public EvidenceProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(50) : maxSize;
    }
}
