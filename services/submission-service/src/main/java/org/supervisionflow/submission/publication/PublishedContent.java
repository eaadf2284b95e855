package org.supervisionflow.submission.publication;

import org.supervisionflow.submission.report.VersionContent;

/** A published annual report as the public reads it: the list line and the accepted version's content. */
public record PublishedContent(PublishedReport report, VersionContent content) {
}
