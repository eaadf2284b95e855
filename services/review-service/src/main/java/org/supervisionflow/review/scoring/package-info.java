/**
 * Scoring rules (评分规则) per campaign and indicator, versioned with the campaign: deductions per occurrence (扣分),
 * capped bonus points (加分), one-vote veto (一票否决), not applicable (不适用) and thresholds on reported metrics; and
 * the engine that turns a rule and the auditor's inputs into a suggested score with an explanation.
 */
package org.supervisionflow.review.scoring;
