package org.supervisionflow.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervisionflow.platform.security.Role.AUDITOR;
import static org.supervisionflow.platform.security.Role.DEPT_LEADER;
import static org.supervisionflow.platform.security.Role.DEPT_SUBMITTER;
import static org.supervisionflow.platform.security.Role.OFFICE_ADMIN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.DeadlineKind;
import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.ReturnReason;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.contracts.SupervisionMessage;
import org.supervisionflow.contracts.VerificationOutcome;
import org.supervisionflow.contracts.WarningLevel;
import org.supervisionflow.contracts.assignment.AssignmentWithdrawn;
import org.supervisionflow.contracts.assignment.DueDateMoved;
import org.supervisionflow.contracts.assignment.ExtensionDenied;
import org.supervisionflow.contracts.assignment.ExtensionGranted;
import org.supervisionflow.contracts.review.FindingVerified;
import org.supervisionflow.contracts.review.ReviewClaimed;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.contracts.submission.DraftStarted;
import org.supervisionflow.contracts.submission.ExtensionRequested;
import org.supervisionflow.contracts.submission.RectificationApprovalRejected;
import org.supervisionflow.contracts.submission.RectificationSentForApproval;
import org.supervisionflow.contracts.submission.RectificationSubmitted;
import org.supervisionflow.contracts.submission.ReportApprovalRejected;
import org.supervisionflow.contracts.submission.ReportSentForApproval;
import org.supervisionflow.contracts.workflow.DeadlineApproaching;
import org.supervisionflow.contracts.workflow.DeadlineMissed;
import org.supervisionflow.contracts.workflow.EscalationRaised;
import org.supervisionflow.contracts.workflow.StageChanged;
import org.supervisionflow.contracts.workflow.WarningRaised;
import org.supervisionflow.notification.assignment.Assignment;
import org.supervisionflow.notification.preference.NotificationKind;
import org.supervisionflow.platform.security.Role;

/** The decision table, row by row: which fact tells which roles what kind of notification (README, "Who is told what"). */
class NotificationRulesTest {

    private static final UUID ASSIGNMENT = UUID.randomUUID();
    private static final UUID REPORT = UUID.randomUUID();
    private static final UUID FINDING = UUID.randomUUID();
    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);
    private static final Actor SUBMITTER = new Actor("u1", "minzheng-submitter", "王芳", "dept-submitter", "minzheng");
    private static final Actor LEADER = new Actor("u2", "minzheng-leader", "李强", "dept-leader", "minzheng");
    private static final Actor OFFICE = new Actor("u3", "admin", "周立新", "office-admin", null);
    private static final Actor AUDITOR_ACTOR = new Actor("u4", "auditor", "陈静", "auditor", null);
    private static final Assignment CONTEXT = new Assignment(ASSIGNMENT, "minzheng", "民政局", "2025年度法治政府建设情况报告",
            "依法治市办〔2026〕3号", REPORT, DUE, ReportStage.DRAFTING, false, null);

    private final NotificationRules rules = new NotificationRules();

    static Stream<Arguments> table() {
        Instant now = Instant.now();
        return Stream.of(
                row(new AssignmentWithdrawn(id(), ASSIGNMENT, now, "minzheng", "任务调整"),
                        NotificationKind.ASSIGNMENT_WITHDRAWN, DEPT_SUBMITTER, DEPT_LEADER),
                row(new DueDateMoved(id(), ASSIGNMENT, now, DUE, DUE.plusDays(10), "统一延后", OFFICE),
                        NotificationKind.DUE_DATE_CHANGED, DEPT_SUBMITTER, DEPT_LEADER),
                row(new ReportSentForApproval(id(), ASSIGNMENT, now, REPORT, SUBMITTER),
                        NotificationKind.APPROVAL_REQUESTED, DEPT_LEADER),
                row(new RectificationSentForApproval(id(), ASSIGNMENT, now, REPORT, FINDING, id(), 1, SUBMITTER),
                        NotificationKind.APPROVAL_REQUESTED, DEPT_LEADER),
                row(new ReportApprovalRejected(id(), ASSIGNMENT, now, REPORT, LEADER, "数据需核实"),
                        NotificationKind.APPROVAL_REJECTED, DEPT_SUBMITTER),
                row(new RectificationApprovalRejected(id(), ASSIGNMENT, now, REPORT, FINDING, id(), LEADER, "佐证不足"),
                        NotificationKind.APPROVAL_REJECTED, DEPT_SUBMITTER),
                row(new RectificationSubmitted(id(), ASSIGNMENT, now, REPORT, FINDING, id(), 1, SUBMITTER, LEADER),
                        NotificationKind.SUBMITTED_FOR_REVIEW, AUDITOR),
                row(new ExtensionRequested(id(), ASSIGNMENT, now, id(), null, DUE, DUE.plusDays(7), "疫情影响", SUBMITTER),
                        NotificationKind.EXTENSION_REQUESTED, OFFICE_ADMIN),
                row(new ExtensionGranted(id(), ASSIGNMENT, now, id(), null, DUE, DUE.plusDays(7), "同意", OFFICE),
                        NotificationKind.EXTENSION_DECIDED, DEPT_SUBMITTER, DEPT_LEADER),
                row(new ExtensionDenied(id(), ASSIGNMENT, now, id(), null, "理由不充分", OFFICE),
                        NotificationKind.EXTENSION_DECIDED, DEPT_SUBMITTER, DEPT_LEADER),
                row(reviewed(ReviewDecision.ACCEPT), NotificationKind.REPORT_ACCEPTED, DEPT_SUBMITTER, DEPT_LEADER),
                row(reviewed(ReviewDecision.ACCEPT_WITH_FINDINGS), NotificationKind.FINDINGS_RAISED, DEPT_SUBMITTER,
                        DEPT_LEADER),
                row(reviewed(ReviewDecision.RETURN), NotificationKind.REPORT_RETURNED, DEPT_SUBMITTER, DEPT_LEADER),
                row(new FindingVerified(id(), ASSIGNMENT, now, FINDING, id(), VerificationOutcome.CLOSED, null, AUDITOR_ACTOR),
                        NotificationKind.FINDING_CLOSED, DEPT_SUBMITTER, DEPT_LEADER),
                row(new FindingVerified(id(), ASSIGNMENT, now, FINDING, id(), VerificationOutcome.REJECTED, "未见整改",
                        AUDITOR_ACTOR), NotificationKind.RECTIFICATION_RETURNED, DEPT_SUBMITTER, DEPT_LEADER),
                row(new DeadlineApproaching(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.REPORT_SUBMISSION, null, DUE, 3),
                        NotificationKind.DEADLINE_REMINDER, DEPT_SUBMITTER),
                row(new DeadlineApproaching(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.REVIEW, null, DUE, 1),
                        NotificationKind.DEADLINE_REMINDER, AUDITOR),
                row(new DeadlineMissed(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.RECTIFICATION, FINDING, DUE),
                        NotificationKind.DEADLINE_MISSED, DEPT_SUBMITTER, DEPT_LEADER),
                row(new WarningRaised(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.REPORT_SUBMISSION, null, DUE,
                        WarningLevel.YELLOW, 1), NotificationKind.YELLOW_WARNING, DEPT_SUBMITTER, DEPT_LEADER),
                row(new WarningRaised(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.REPORT_SUBMISSION, null, DUE,
                        WarningLevel.RED, 5), NotificationKind.RED_WARNING, DEPT_SUBMITTER, DEPT_LEADER),
                row(new WarningRaised(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.REVIEW, null, DUE,
                        WarningLevel.YELLOW, 1), NotificationKind.YELLOW_WARNING, AUDITOR),
                row(new EscalationRaised(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.REPORT_SUBMISSION, null, DUE,
                        EscalationTarget.DEPARTMENT_LEADER, 6), NotificationKind.ESCALATION, DEPT_LEADER),
                row(new EscalationRaised(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.REPORT_SUBMISSION, null, DUE,
                        EscalationTarget.OFFICE, 10), NotificationKind.ESCALATION, OFFICE_ADMIN),
                row(new EscalationRaised(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.REVIEW, null, DUE,
                        EscalationTarget.DEPARTMENT_LEADER, 3), NotificationKind.ESCALATION, OFFICE_ADMIN));
    }

    @ParameterizedTest(name = "{0} → {1} to {2}")
    @MethodSource("table")
    void tellsTheRolesTheFactConcerns(SupervisionMessage fact, NotificationKind kind, Set<Role> audience) {
        List<Notice> notices = rules.decide(fact, CONTEXT);

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(kind);
            assertThat(notice.audience()).isEqualTo(audience);
            assertThat(notice.departmentCode()).isEqualTo("minzheng");
            assertThat(notice.title()).contains("《2025年度法治政府建设情况报告》");
            // A withdrawn assignment's report is closed to its department: the notice leads to the task list.
            assertThat(notice.link()).isEqualTo(fact instanceof AssignmentWithdrawn ? "/tasks" : "/reports/" + REPORT);
        });
    }

    static Stream<SupervisionMessage> factsNobodyActsOn() {
        Instant now = Instant.now();
        return Stream.of(new DraftStarted(id(), ASSIGNMENT, now, REPORT, SUBMITTER),
                new ReviewClaimed(id(), ASSIGNMENT, now, id(), 1, AUDITOR_ACTOR),
                new StageChanged(id(), ASSIGNMENT, now, "minzheng", ReportStage.ASSIGNED, ReportStage.DRAFTING));
    }

    @ParameterizedTest
    @MethodSource("factsNobodyActsOn")
    void tellsNobodyOfFactsNobodyActsOn(SupervisionMessage fact) {
        assertThat(rules.decide(fact, CONTEXT)).isEmpty();
    }

    @Test
    void aReturnNamesTheReasonsAndFindingsNameTheirNoticesAndDeadlines() {
        assertThat(rules.decide(reviewed(ReviewDecision.RETURN), CONTEXT).getFirst().body())
                .contains("第1版被退回修改", "执法公示数据缺失");
        Notice findings = rules.decide(reviewed(ReviewDecision.ACCEPT_WITH_FINDINGS), CONTEXT).getFirst();
        assertThat(findings.title()).startsWith("报告审核通过，需整改1个问题");
        assertThat(findings.body()).contains("得分82.5/100", "整改〔2026〕1号 出庭应诉率未达标（整改期限2026-06-30）");
    }

    private static ReviewCompleted reviewed(ReviewDecision decision) {
        List<ReturnReason> reasons = decision == ReviewDecision.RETURN
                ? List.of(new ReturnReason(null, "执法公示数据缺失")) : List.of();
        List<FindingNotice> findings = decision == ReviewDecision.ACCEPT_WITH_FINDINGS
                ? List.of(new FindingNotice(FINDING, "整改〔2026〕1号", id(), FindingSeverity.GENERAL, "出庭应诉率未达标",
                        "提高出庭应诉率", LocalDate.of(2026, 6, 30)))
                : List.of();
        return new ReviewCompleted(id(), ASSIGNMENT, Instant.now(), id(), 1, decision, new BigDecimal("82.50"),
                new BigDecimal("100"), reasons, findings, AUDITOR_ACTOR);
    }

    private static Arguments row(SupervisionMessage fact, NotificationKind kind, Role... audience) {
        return Arguments.of(fact, kind, Set.of(audience));
    }

    private static UUID id() {
        return UUID.randomUUID();
    }
}
