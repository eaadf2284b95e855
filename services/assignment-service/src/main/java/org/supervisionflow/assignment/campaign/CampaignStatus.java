package org.supervisionflow.assignment.campaign;

/** Where a campaign stands: DRAFT → PUBLISHED → WITHDRAWN (or, later, CLOSED). */
public enum CampaignStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN,
    CLOSED
}
