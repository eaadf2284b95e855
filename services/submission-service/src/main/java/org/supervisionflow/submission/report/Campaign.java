package org.supervisionflow.submission.report;

import java.util.UUID;

import org.supervisionflow.contracts.CampaignKind;

/** The campaign (督察任务) a report answers, as the assignment described it: id, title, 文号, kind and period. */
public record Campaign(UUID id, String title, String documentNumber, CampaignKind kind, String period) {
}
