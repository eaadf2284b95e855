package org.supervisionflow.submission.report;

import java.util.List;

/** A section as its drafter saves it: the version they edited, the rich-text narrative and every figure. */
public record SectionDraft(long version, String narrative, List<MetricInput> metrics) {

    public SectionDraft {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }
}
