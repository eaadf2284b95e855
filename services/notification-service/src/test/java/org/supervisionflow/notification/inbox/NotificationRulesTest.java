package org.supervisionflow.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervisionflow.platform.security.Role.AUDITOR;
import static org.supervisionflow.platform.security.Role.DEPT_LEADER;
import static org.supervisionflow.platform.security.Role.DEPT_SUBMITTER;
import static org.supervisionflow.platform.security.Role.OFFICE_ADMIN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.CampaignKind;
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
import org.supervisionflow.contracts.assignment.AssignmentIssued;
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
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.contracts.workflow.DeadlineApproaching;
import org.supervisionflow.contracts.workflow.DeadlineMissed;
import org.supervisionflow.contracts.workflow.EscalationRaised;
import org.supervisionflow.contracts.workflow.StageChanged;
import org.supervisionflow.contracts.workflow.WarningRaised;
import org.supervisionflow.notification.assignment.Assignment;
import org.supervisionflow.notification.preference.NotificationKind;
import org.supervisionflow.platform.security.Role;

/**
 * The decision table, row by row: which fact tells which roles what kind of notification (README, "Who is told what"),
 * and which facts each kind names (README, "Facts").
 */
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
                        NotificationKind.ASSIGNMENT_WITHDRAWN, Map.of("reason", "任务调整"), DEPT_SUBMITTER, DEPT_LEADER),
                row(new DueDateMoved(id(), ASSIGNMENT, now, DUE, DUE.plusDays(10), "统一延后", OFFICE),
                        NotificationKind.DUE_DATE_CHANGED,
                        Map.of("previousDueDate", "2026-03-31", "newDueDate", "2026-04-10", "reason", "统一延后"),
                        DEPT_SUBMITTER, DEPT_LEADER),
                row(new ReportSentForApproval(id(), ASSIGNMENT, now, REPORT, SUBMITTER),
                        NotificationKind.APPROVAL_REQUESTED, Map.of("subject", "REPORT", "submitterName", "王芳"),
                        DEPT_LEADER),
                row(new RectificationSentForApproval(id(), ASSIGNMENT, now, REPORT, FINDING, id(), 2, SUBMITTER),
                        NotificationKind.APPROVAL_REQUESTED,
                        Map.of("subject", "RECTIFICATION", "submitterName", "王芳", "answerVersion", "2"), DEPT_LEADER),
                row(new ReportApprovalRejected(id(), ASSIGNMENT, now, REPORT, LEADER, "数据需核实"),
                        NotificationKind.APPROVAL_REJECTED,
                        Map.of("subject", "REPORT", "leaderName", "李强", "comment", "数据需核实"), DEPT_SUBMITTER),
                row(new RectificationApprovalRejected(id(), ASSIGNMENT, now, REPORT, FINDING, id(), LEADER, "佐证不足"),
                        NotificationKind.APPROVAL_REJECTED,
                        Map.of("subject", "RECTIFICATION", "leaderName", "李强", "comment", "佐证不足"), DEPT_SUBMITTER),
                row(new ReportSubmitted(id(), ASSIGNMENT, now, REPORT, 3, SUBMITTER, LEADER),
                        NotificationKind.SUBMITTED_FOR_REVIEW, Map.of("subject", "REPORT", "reportVersion", "3"), AUDITOR),
                row(new RectificationSubmitted(id(), ASSIGNMENT, now, REPORT, FINDING, id(), 1, SUBMITTER, LEADER),
                        NotificationKind.SUBMITTED_FOR_REVIEW, Map.of("subject", "RECTIFICATION", "answerVersion", "1"),
                        AUDITOR),
                row(new ExtensionRequested(id(), ASSIGNMENT, now, id(), null, DUE, DUE.plusDays(7), "疫情影响", SUBMITTER),
                        NotificationKind.EXTENSION_REQUESTED,
                        Map.of("deadlineKind", "REPORT_SUBMISSION", "requesterName", "王芳", "currentDueDate", "2026-03-31",
                                "requestedDueDate", "2026-04-07", "reason", "疫情影响"), OFFICE_ADMIN),
                row(new ExtensionGranted(id(), ASSIGNMENT, now, id(), FINDING, DUE, DUE.plusDays(7), "同意", OFFICE),
                        NotificationKind.EXTENSION_DECIDED,
                        Map.of("decision", "GRANTED", "deadlineKind", "RECTIFICATION", "previousDueDate", "2026-03-31",
                                "newDueDate", "2026-04-07", "comment", "同意"), DEPT_SUBMITTER, DEPT_LEADER),
                row(new ExtensionDenied(id(), ASSIGNMENT, now, id(), null, "理由不充分", OFFICE),
                        NotificationKind.EXTENSION_DECIDED,
                        Map.of("decision", "DENIED", "deadlineKind", "REPORT_SUBMISSION", "reason", "理由不充分"),
                        DEPT_SUBMITTER, DEPT_LEADER),
                row(reviewed(ReviewDecision.ACCEPT), NotificationKind.REPORT_ACCEPTED,
                        Map.of("reportVersion", "1", "score", "82.5", "maxScore", "100"), DEPT_SUBMITTER, DEPT_LEADER),
                row(reviewed(ReviewDecision.ACCEPT_WITH_FINDINGS), NotificationKind.FINDINGS_RAISED,
                        Map.of("reportVersion", "1", "score", "82.5", "maxScore", "100", "findingCount", "1",
                                "noticeNumbers", "整改〔2026〕1号", "rectificationDeadline", "2026-06-30"),
                        DEPT_SUBMITTER, DEPT_LEADER),
                row(reviewed(ReviewDecision.RETURN), NotificationKind.REPORT_RETURNED,
                        Map.of("reportVersion", "1", "returnReasons", "执法公示数据缺失"), DEPT_SUBMITTER, DEPT_LEADER),
                row(new FindingVerified(id(), ASSIGNMENT, now, FINDING, id(), VerificationOutcome.CLOSED, null, AUDITOR_ACTOR),
                        NotificationKind.FINDING_CLOSED, Map.of(), DEPT_SUBMITTER, DEPT_LEADER),
                row(new FindingVerified(id(), ASSIGNMENT, now, FINDING, id(), VerificationOutcome.REJECTED, "未见整改",
                        AUDITOR_ACTOR), NotificationKind.RECTIFICATION_RETURNED, Map.of("reason", "未见整改"),
                        DEPT_SUBMITTER, DEPT_LEADER),
                row(new DeadlineApproaching(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.REPORT_SUBMISSION, null, DUE, 3),
                        NotificationKind.DEADLINE_REMINDER,
                        Map.of("deadlineKind", "REPORT_SUBMISSION", "dueDate", "2026-03-31", "workingDaysLeft", "3"),
                        DEPT_SUBMITTER),
                row(new DeadlineApproaching(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.REVIEW, null, DUE, 0),
                        NotificationKind.DEADLINE_REMINDER,
                        Map.of("deadlineKind", "REVIEW", "dueDate", "2026-03-31", "workingDaysLeft", "0"), AUDITOR),
                row(new DeadlineMissed(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.RECTIFICATION, FINDING, DUE),
                        NotificationKind.DEADLINE_MISSED, Map.of("deadlineKind", "RECTIFICATION", "dueDate", "2026-03-31"),
                        DEPT_SUBMITTER, DEPT_LEADER),
                row(new WarningRaised(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.REPORT_SUBMISSION, null, DUE,
                        WarningLevel.YELLOW, 1), NotificationKind.YELLOW_WARNING, overdue("REPORT_SUBMISSION", 1),
                        DEPT_SUBMITTER, DEPT_LEADER),
                row(new WarningRaised(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.REPORT_SUBMISSION, null, DUE,
                        WarningLevel.RED, 5), NotificationKind.RED_WARNING, overdue("REPORT_SUBMISSION", 5),
                        DEPT_SUBMITTER, DEPT_LEADER),
                row(new WarningRaised(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.REVIEW, null, DUE,
                        WarningLevel.YELLOW, 1), NotificationKind.YELLOW_WARNING, overdue("REVIEW", 1), AUDITOR),
                row(new EscalationRaised(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.REPORT_SUBMISSION, null, DUE,
                        EscalationTarget.DEPARTMENT_LEADER, 6), NotificationKind.ESCALATION,
                        escalated("REPORT_SUBMISSION", 6, "DEPARTMENT_LEADER"), DEPT_LEADER),
                row(new EscalationRaised(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.REPORT_SUBMISSION, null, DUE,
                        EscalationTarget.OFFICE, 10), NotificationKind.ESCALATION,
                        escalated("REPORT_SUBMISSION", 10, "OFFICE"), OFFICE_ADMIN),
                row(new EscalationRaised(id(), ASSIGNMENT, now, "minzheng", DeadlineKind.REVIEW, null, DUE,
                        EscalationTarget.DEPARTMENT_LEADER, 3), NotificationKind.ESCALATION,
                        escalated("REVIEW", 3, "DEPARTMENT_LEADER"), OFFICE_ADMIN));
    }

    @ParameterizedTest(name = "{0} → {1} to {3}")
    @MethodSource("table")
    void tellsTheRolesTheFactConcerns(SupervisionMessage fact, NotificationKind kind, Map<String, String> facts,
            Set<Role> audience) {
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

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("table")
    void namesTheFactsItsWordsStateForEachKind(SupervisionMessage fact, NotificationKind kind, Map<String, String> facts) {
        Map<String, String> expected = new HashMap<>(facts);
        expected.put("campaignTitle", "2025年度法治政府建设情况报告");
        expected.put("departmentCode", "minzheng");

        assertThat(rules.decide(fact, CONTEXT).getFirst().facts()).isEqualTo(expected);
    }

    @Test
    void anIssuedAssignmentNamesItsDocumentNumberAndDueDate() {
        Notice issued = rules.decide(issued(LocalDate.of(2026, 12, 31)), CONTEXT).getFirst();

        assertThat(issued.kind()).isEqualTo(NotificationKind.ASSIGNMENT_ISSUED);
        assertThat(issued.facts()).isEqualTo(Map.of("campaignTitle", "2025年度法治政府建设情况报告", "departmentCode", "minzheng",
                "documentNumber", "依法治市办〔2026〕3号", "dueDate", "2026-12-31"));
    }

    @Test
    void leavesOutWhatIsNotKnownInsteadOfTheStandInsOfTheChineseWords() {
        Assignment unknown = new Assignment(ASSIGNMENT, "minzheng", null, null, null, REPORT, null, null, false, null);

        Notice issued = rules.decide(issued(null), unknown).getFirst();
        assertThat(issued.body()).contains("督察任务", "（未定）");
        assertThat(issued.facts()).isEqualTo(Map.of("departmentCode", "minzheng"));
        Notice withdrawn = rules.decide(new AssignmentWithdrawn(id(), ASSIGNMENT, Instant.now(), "minzheng", " "), CONTEXT)
                .getFirst();
        assertThat(withdrawn.facts()).doesNotContainKey("reason");
        Notice requested = rules.decide(new ExtensionRequested(id(), ASSIGNMENT, Instant.now(), id(), null, DUE,
                DUE.plusDays(7), null, null), CONTEXT).getFirst();
        assertThat(requested.body()).startsWith("有人申请");
        assertThat(requested.facts()).doesNotContainKeys("requesterName", "reason");
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

    private static AssignmentIssued issued(LocalDate due) {
        AssignmentScope scope = new AssignmentScope(id(), "2025年度法治政府建设情况报告", "依法治市办〔2026〕3号",
                CampaignKind.ANNUAL_REPORT, "2025", due, "minzheng", "民政局", true, List.of());
        return new AssignmentIssued(id(), ASSIGNMENT, Instant.now(), scope);
    }

    private static Map<String, String> overdue(String deadlineKind, int workingDays) {
        return Map.of("deadlineKind", deadlineKind, "dueDate", "2026-03-31", "workingDaysOverdue", String.valueOf(workingDays));
    }

    private static Map<String, String> escalated(String deadlineKind, int workingDays, String target) {
        Map<String, String> facts = new HashMap<>(overdue(deadlineKind, workingDays));
        facts.put("escalationTarget", target);
        return facts;
    }

    private static Arguments row(SupervisionMessage fact, NotificationKind kind, Map<String, String> facts,
            Role... audience) {
        return Arguments.of(fact, kind, facts, Set.of(audience));
    }

    private static UUID id() {
        return UUID.randomUUID();
    }
}
