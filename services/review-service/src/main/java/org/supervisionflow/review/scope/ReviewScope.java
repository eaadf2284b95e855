package org.supervisionflow.review.scope;

import java.util.List;
import java.util.UUID;

/**
 * One assignment as reviews need it: its campaign (and the period it covers, e.g. 2025), its department and the
 * indicators to score.
 */
public record ReviewScope(UUID assignmentId, UUID campaignId, String campaignTitle, String campaignPeriod,
        String departmentCode, String departmentName, List<ScopedIndicator> indicators) {
}
