package org.supervisionflow.submission.rectification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.submission.report.LeaderRejection;
import org.supervisionflow.submission.report.Modification;

/**
 * A department's rectification of one finding: the notice it answers, the measures being drafted
 * ({@code version} guards them against concurrent saves), the leader's and the auditors' last rejections,
 * and the approved answers, oldest first.
 */
public record Rectification(
        UUID id,
        UUID reportId,
        UUID assignmentId,
        String departmentCode,
        FindingNotice finding,
        RectificationStatus status,
        String measures,
        long version,
        Modification lastModified,
        Actor sentBy,
        LeaderRejection lastRejection,
        String verificationRejection,
        UUID rejectedAnswerId,
        Instant openedAt,
        List<RectificationAnswer> answers) {

    public Rectification {
        answers = List.copyOf(answers);
    }

    /** The latest approved answer, or null before the first. */
    public RectificationAnswer latestAnswer() {
        return answers.isEmpty() ? null : answers.get(answers.size() - 1);
    }

    void requireStatus(RectificationStatus expected, String code, Text action) {
        if (status != expected) {
            throw ProblemException.conflict(code, Text.of(
                    "整改当前状态为“" + status.label().zh() + "”，不能" + action.zh() + "。",
                    "The rectification is " + status.label().en() + " and cannot be " + action.en() + "."));
        }
    }

    Rectification drafted(String newMeasures, Modification by) {
        requireStatus(RectificationStatus.OPEN, "rectification-not-editable", Text.of("修改", "changed"));
        return copy(status, newMeasures, version + 1, by, sentBy, lastRejection, verificationRejection,
                rejectedAnswerId);
    }

    Rectification sentForApproval(Actor submitter) {
        requireStatus(RectificationStatus.OPEN, "rectification-not-open", Text.of("送审", "sent for approval"));
        if (measures.isBlank()) {
            throw ProblemException.unprocessable("rectification-without-measures",
                    Text.of("请先填写整改措施再送审。", "Write the measures before sending them for approval."));
        }
        return copy(RectificationStatus.AWAITING_LEADER_APPROVAL, measures, version + 1, lastModified, submitter,
                lastRejection, verificationRejection, rejectedAnswerId);
    }

    Rectification approved() {
        requireStatus(RectificationStatus.AWAITING_LEADER_APPROVAL, "rectification-not-awaiting-approval",
                Text.of("审批", "approved or rejected"));
        return copy(RectificationStatus.SUBMITTED, measures, version + 1, lastModified, sentBy, null,
                verificationRejection, rejectedAnswerId);
    }

    Rectification rejected(LeaderRejection rejection) {
        requireStatus(RectificationStatus.AWAITING_LEADER_APPROVAL, "rectification-not-awaiting-approval",
                Text.of("审批", "approved or rejected"));
        return copy(RectificationStatus.OPEN, measures, version + 1, lastModified, null, rejection,
                verificationRejection, rejectedAnswerId);
    }

    /** Open for a new answer after the auditors rejected {@code answerId}, showing their reason. */
    Rectification reopened(UUID answerId, String reason) {
        return copy(RectificationStatus.OPEN, measures, version + 1, lastModified, null, null, reason, answerId);
    }

    Rectification closed() {
        return copy(RectificationStatus.CLOSED, measures, version + 1, lastModified, sentBy, lastRejection,
                verificationRejection, rejectedAnswerId);
    }

    private Rectification copy(RectificationStatus newStatus, String newMeasures, long newVersion,
            Modification newLastModified, Actor newSentBy, LeaderRejection newLastRejection,
            String newVerificationRejection, UUID newRejectedAnswerId) {
        return new Rectification(id, reportId, assignmentId, departmentCode, finding, newStatus, newMeasures,
                newVersion, newLastModified, newSentBy, newLastRejection, newVerificationRejection,
                newRejectedAnswerId, openedAt, answers);
    }
}
