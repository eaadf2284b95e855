package org.supervisionflow.submission.rectification;

import org.supervisionflow.platform.problem.Text;

/** Where a department's answer to one finding stands inside submission-service. */
public enum RectificationStatus {

    /** The department drafts its measures (first answer, or again after the auditors rejected one). */
    OPEN("整改中", "open for an answer"),
    /** The answer waits for the department leader. */
    AWAITING_LEADER_APPROVAL("待负责人审批", "awaiting the leader's approval"),
    /** The leader approved the answer; the auditors verify it. */
    SUBMITTED("已报送", "submitted"),
    /** The report's lifecycle ended; no further answers. */
    CLOSED("已关闭", "closed");

    private final Text label;

    RectificationStatus(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    Text label() {
        return label;
    }
}
