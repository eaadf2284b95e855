package org.supervisionflow.review.scope;

import java.util.List;
import java.util.UUID;

/** One assignment as reviews need it: its campaign, its department and the indicators to score. */
public record ReviewScope(UUID assignmentId, UUID campaignId, String campaignTitle, String departmentCode,
        String departmentName, List<ScopedIndicator> indicators) {
}
