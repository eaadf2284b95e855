package org.supervisionflow.notification.inbox;

import static org.supervisionflow.notification.preference.NotificationKind.APPROVAL_REJECTED;
import static org.supervisionflow.notification.preference.NotificationKind.APPROVAL_REQUESTED;
import static org.supervisionflow.notification.preference.NotificationKind.ASSIGNMENT_ISSUED;
import static org.supervisionflow.notification.preference.NotificationKind.ASSIGNMENT_WITHDRAWN;
import static org.supervisionflow.notification.preference.NotificationKind.DEADLINE_MISSED;
import static org.supervisionflow.notification.preference.NotificationKind.DEADLINE_REMINDER;
import static org.supervisionflow.notification.preference.NotificationKind.DUE_DATE_CHANGED;
import static org.supervisionflow.notification.preference.NotificationKind.ESCALATION;
import static org.supervisionflow.notification.preference.NotificationKind.EXTENSION_DECIDED;
import static org.supervisionflow.notification.preference.NotificationKind.EXTENSION_REQUESTED;
import static org.supervisionflow.notification.preference.NotificationKind.FINDINGS_RAISED;
import static org.supervisionflow.notification.preference.NotificationKind.FINDING_CLOSED;
import static org.supervisionflow.notification.preference.NotificationKind.RECTIFICATION_RETURNED;
import static org.supervisionflow.notification.preference.NotificationKind.RED_WARNING;
import static org.supervisionflow.notification.preference.NotificationKind.REPORT_ACCEPTED;
import static org.supervisionflow.notification.preference.NotificationKind.REPORT_RETURNED;
import static org.supervisionflow.notification.preference.NotificationKind.SUBMITTED_FOR_REVIEW;
import static org.supervisionflow.notification.preference.NotificationKind.YELLOW_WARNING;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.DeadlineKind;
import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.ReturnReason;
import org.supervisionflow.contracts.SupervisionMessage;
import org.supervisionflow.contracts.VerificationOutcome;
import org.supervisionflow.contracts.WarningLevel;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.assignment.AssignmentWithdrawn;
import org.supervisionflow.contracts.assignment.DueDateMoved;
import org.supervisionflow.contracts.assignment.ExtensionDenied;
import org.supervisionflow.contracts.assignment.ExtensionGranted;
import org.supervisionflow.contracts.review.FindingVerified;
import org.supervisionflow.contracts.review.ReviewCompleted;
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
import org.supervisionflow.contracts.workflow.WarningRaised;
import org.supervisionflow.notification.assignment.Assignment;
import org.supervisionflow.notification.preference.NotificationKind;
import org.supervisionflow.platform.security.Role;

/**
 * The decision table: which fact tells whom what (README, "Who is told what"). Department roles are limited to the
 * assignment's department; office roles are everyone with the role. Facts nobody needs to act on tell nobody. Each
 * notice carries, beside its Chinese words, the facts those words state by name (README, "Facts"), so a client writes
 * its own language from data instead of reading the Chinese.
 */
@Component
class NotificationRules {

    private static final Set<Role> SUBMITTERS = Set.of(Role.DEPT_SUBMITTER);
    private static final Set<Role> LEADERS = Set.of(Role.DEPT_LEADER);
    private static final Set<Role> DEPARTMENT = Set.of(Role.DEPT_SUBMITTER, Role.DEPT_LEADER);
    private static final Set<Role> AUDITORS = Set.of(Role.AUDITOR);
    private static final Set<Role> OFFICE_ADMINS = Set.of(Role.OFFICE_ADMIN);
    /** The fact {@code subject}: whether a notice concerns the report or a rectification answer. */
    private static final String REPORT = "REPORT";
    private static final String RECTIFICATION = "RECTIFICATION";

    List<Notice> decide(SupervisionMessage message, Assignment assignment) {
        Words words = new Words(assignment);
        return switch (message) {
            case AssignmentIssued issued -> {
                LocalDate due = issued.scope() == null ? null : issued.scope().dueDate();
                yield words.notice(ASSIGNMENT_ISSUED, SUBMITTERS, "新的督察任务：" + words.campaign,
                        words.department + "收到督察任务" + words.campaign + documentNumber(assignment) + "，报送截止日期"
                                + date(due) + "。请及时组织填报。",
                        "/tasks", words.facts("documentNumber", assignment.documentNumber(), "dueDate", due));
            }
            case AssignmentWithdrawn withdrawn -> words.notice(ASSIGNMENT_WITHDRAWN, DEPARTMENT,
                    "督察任务已撤销：" + words.campaign, "督察办已撤销督察任务" + words.campaign + "。" + reason(withdrawn.reason()),
                    "/tasks", words.facts("reason", typed(withdrawn.reason())));
            case DueDateMoved moved -> words.notice(DUE_DATE_CHANGED, DEPARTMENT, "截止日期调整：" + words.campaign,
                    words.campaign + "的报送截止日期由" + date(moved.previousDueDate()) + "调整为" + date(moved.newDueDate())
                            + "。" + reason(moved.reason()), words.report,
                    words.facts("previousDueDate", moved.previousDueDate(), "newDueDate", moved.newDueDate(),
                            "reason", typed(moved.reason())));
            case ExtensionGranted granted -> words.notice(EXTENSION_DECIDED, DEPARTMENT, "延期申请已批准：" + words.campaign,
                    deadlineOf(granted.findingId()) + "由" + date(granted.previousDueDate()) + "延至"
                            + date(granted.newDueDate()) + "。" + comment(granted.comment()), words.report,
                    words.facts("decision", "GRANTED", "deadlineKind", extended(granted.findingId()),
                            "previousDueDate", granted.previousDueDate(), "newDueDate", granted.newDueDate(),
                            "comment", typed(granted.comment())));
            case ExtensionDenied denied -> words.notice(EXTENSION_DECIDED, DEPARTMENT, "延期申请未获批准：" + words.campaign,
                    deadlineOf(denied.findingId()) + "不变。" + reason(denied.reason()), words.report,
                    words.facts("decision", "DENIED", "deadlineKind", extended(denied.findingId()),
                            "reason", typed(denied.reason())));
            case ExtensionRequested requested -> words.notice(EXTENSION_REQUESTED, OFFICE_ADMINS,
                    words.department + "申请延期：" + words.campaign,
                    name(requested.requester()) + "申请将" + deadlineOf(requested.findingId()) + "由"
                            + date(requested.currentDueDate()) + "延至" + date(requested.requestedDueDate()) + "。"
                            + reason(requested.reason()), words.report,
                    words.facts("deadlineKind", extended(requested.findingId()), "requesterName",
                            displayName(requested.requester()), "currentDueDate", requested.currentDueDate(),
                            "requestedDueDate", requested.requestedDueDate(), "reason", typed(requested.reason())));
            case ReportSentForApproval sent -> words.notice(APPROVAL_REQUESTED, LEADERS, "报告待您审批：" + words.campaign,
                    name(sent.actor()) + "已将报告草稿送审，请审核后报送督察办。", words.report,
                    words.facts("subject", REPORT, "submitterName", displayName(sent.actor())));
            case RectificationSentForApproval sent -> words.notice(APPROVAL_REQUESTED, LEADERS,
                    "整改答复待您审批：" + words.campaign,
                    name(sent.submitter()) + "已将整改答复（第" + sent.answerVersion() + "版）送审，请审核后报送督察办。", words.report,
                    words.facts("subject", RECTIFICATION, "submitterName", displayName(sent.submitter()),
                            "answerVersion", sent.answerVersion()));
            case ReportApprovalRejected rejected -> words.notice(APPROVAL_REJECTED, SUBMITTERS,
                    "报告草稿被退回：" + words.campaign, name(rejected.leader()) + "退回了报告草稿。" + comment(rejected.comment()),
                    words.report, words.facts("subject", REPORT, "leaderName", displayName(rejected.leader()),
                            "comment", typed(rejected.comment())));
            case RectificationApprovalRejected rejected -> words.notice(APPROVAL_REJECTED, SUBMITTERS,
                    "整改答复被退回：" + words.campaign, name(rejected.leader()) + "退回了整改答复。" + comment(rejected.comment()),
                    words.report, words.facts("subject", RECTIFICATION, "leaderName", displayName(rejected.leader()),
                            "comment", typed(rejected.comment())));
            case ReportSubmitted submitted -> words.notice(SUBMITTED_FOR_REVIEW, AUDITORS,
                    words.department + "报告待审核：" + words.campaign,
                    words.department + "已报送" + words.campaign + "报告第" + submitted.version() + "版，请审核。", words.report,
                    words.facts("subject", REPORT, "reportVersion", submitted.version()));
            case RectificationSubmitted submitted -> words.notice(SUBMITTED_FOR_REVIEW, AUDITORS,
                    words.department + "整改答复待核验：" + words.campaign,
                    words.department + "已报送整改答复（第" + submitted.answerVersion() + "版），请核验。", words.report,
                    words.facts("subject", RECTIFICATION, "answerVersion", submitted.answerVersion()));
            case ReviewCompleted completed -> reviewed(completed, words);
            case FindingVerified verified -> verified.outcome() == VerificationOutcome.CLOSED
                    ? words.notice(FINDING_CLOSED, DEPARTMENT, "问题已销号：" + words.campaign,
                            "督察员核验了整改答复，问题已销号。", words.report, words.facts())
                    : words.notice(RECTIFICATION_RETURNED, DEPARTMENT, "整改未通过核验：" + words.campaign,
                            "督察员退回了整改答复，请重新整改。" + reason(verified.reason()), words.report,
                            words.facts("reason", typed(verified.reason())));
            case DeadlineApproaching approaching -> words.notice(DEADLINE_REMINDER,
                    approaching.kind() == DeadlineKind.REVIEW ? AUDITORS : SUBMITTERS,
                    "催办：" + words.campaign + what(approaching.kind())
                            + (approaching.workingDaysLeft() == 0 ? "今天截止" : "还剩" + approaching.workingDaysLeft() + "个工作日"),
                    words.department + words.campaign + what(approaching.kind()) + "的截止日期为"
                            + date(approaching.dueDate()) + "，请抓紧办理。", words.report,
                    words.facts("deadlineKind", approaching.kind(), "dueDate", approaching.dueDate(),
                            "workingDaysLeft", approaching.workingDaysLeft()));
            case DeadlineMissed missed -> words.notice(DEADLINE_MISSED,
                    missed.kind() == DeadlineKind.REVIEW ? AUDITORS : DEPARTMENT,
                    "已逾期：" + words.department + words.campaign + what(missed.kind()),
                    words.campaign + what(missed.kind()) + "已超过截止日期" + date(missed.dueDate()) + "，请尽快办理。",
                    words.report, words.facts("deadlineKind", missed.kind(), "dueDate", missed.dueDate()));
            case WarningRaised warning -> words.notice(warning.level() == WarningLevel.RED ? RED_WARNING : YELLOW_WARNING,
                    warning.kind() == DeadlineKind.REVIEW ? AUDITORS : DEPARTMENT,
                    (warning.level() == WarningLevel.RED ? "红牌预警：" : "黄牌预警：") + words.department + words.campaign
                            + what(warning.kind()) + "逾期" + warning.workingDaysOverdue() + "个工作日",
                    words.campaign + what(warning.kind()) + "的截止日期为" + date(warning.dueDate()) + "，已逾期"
                            + warning.workingDaysOverdue() + "个工作日，督察办已发出"
                            + (warning.level() == WarningLevel.RED ? "红牌" : "黄牌") + "预警，请立即办理。", words.report,
                    words.facts("deadlineKind", warning.kind(), "dueDate", warning.dueDate(),
                            "workingDaysOverdue", warning.workingDaysOverdue()));
            case EscalationRaised escalation -> words.notice(ESCALATION,
                    escalation.target() == EscalationTarget.OFFICE || escalation.kind() == DeadlineKind.REVIEW
                            ? OFFICE_ADMINS : LEADERS,
                    "督办：" + words.department + words.campaign + what(escalation.kind()) + "逾期"
                            + escalation.workingDaysOverdue() + "个工作日",
                    words.campaign + what(escalation.kind()) + "的截止日期为" + date(escalation.dueDate()) + "，已逾期"
                            + escalation.workingDaysOverdue() + "个工作日，现提请"
                            + (escalation.target() == EscalationTarget.OFFICE ? "督察办" : "部门主要负责人") + "督办。",
                    words.report, words.facts("deadlineKind", escalation.kind(), "dueDate", escalation.dueDate(),
                            "workingDaysOverdue", escalation.workingDaysOverdue(), "escalationTarget", escalation.target()));
            default -> List.of();
        };
    }

    private static List<Notice> reviewed(ReviewCompleted completed, Words words) {
        return switch (completed.decision()) {
            case ACCEPT -> words.notice(REPORT_ACCEPTED, DEPARTMENT, "报告审核通过：" + words.campaign,
                    "报告第" + completed.reportVersion() + "版审核通过" + score(completed) + "。", words.report,
                    words.facts("reportVersion", completed.reportVersion(), "score", plain(completed.totalScore()),
                            "maxScore", plain(completed.maxScore())));
            case ACCEPT_WITH_FINDINGS -> words.notice(FINDINGS_RAISED, DEPARTMENT,
                    "报告审核通过，需整改" + size(completed.findings()) + "个问题：" + words.campaign,
                    "报告第" + completed.reportVersion() + "版审核通过" + score(completed) + "，发现以下问题需整改："
                            + findings(completed.findings()), words.report,
                    words.facts("reportVersion", completed.reportVersion(), "score", plain(completed.totalScore()),
                            "maxScore", plain(completed.maxScore()), "findingCount", size(completed.findings()),
                            "noticeNumbers", noticeNumbers(completed.findings()),
                            "rectificationDeadline", earliestDeadline(completed.findings())));
            case RETURN -> words.notice(REPORT_RETURNED, DEPARTMENT, "报告被退回修改：" + words.campaign,
                    "报告第" + completed.reportVersion() + "版被退回修改。审核意见：" + reasons(completed.returnReasons()),
                    words.report, words.facts("reportVersion", completed.reportVersion(),
                            "returnReasons", returnReasons(completed.returnReasons())));
        };
    }

    private static String what(DeadlineKind kind) {
        return switch (kind) {
            case REPORT_SUBMISSION -> "报告报送";
            case REVIEW -> "报告审核";
            case RECTIFICATION -> "问题整改";
        };
    }

    private static String deadlineOf(UUID findingId) {
        return findingId == null ? "报告报送截止日期" : "问题整改期限";
    }

    /** The deadline an extension concerns: a finding's rectification, or else the report's submission. */
    private static DeadlineKind extended(UUID findingId) {
        return findingId == null ? DeadlineKind.REPORT_SUBMISSION : DeadlineKind.RECTIFICATION;
    }

    private static String documentNumber(Assignment assignment) {
        return assignment.documentNumber() == null ? "" : "（" + assignment.documentNumber() + "）";
    }

    private static String score(ReviewCompleted completed) {
        return completed.totalScore() == null ? ""
                : "，得分" + plain(completed.totalScore())
                        + (completed.maxScore() == null ? "" : "/" + plain(completed.maxScore()));
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static String findings(List<FindingNotice> findings) {
        return findings == null ? "" : findings.stream()
                .map(finding -> (finding.noticeNumber() == null ? "" : finding.noticeNumber() + " ")
                        + finding.description() + "（整改期限" + date(finding.deadline()) + "）")
                .collect(Collectors.joining("；")) + "。";
    }

    /** The findings' notice numbers, in the order of the review ({@code null} when none has one). */
    private static String noticeNumbers(List<FindingNotice> findings) {
        String numbers = findings == null ? "" : findings.stream().map(FindingNotice::noticeNumber)
                .filter(number -> number != null && !number.isBlank()).collect(Collectors.joining("、"));
        return numbers.isEmpty() ? null : numbers;
    }

    /** The first rectification deadline of the findings: the date the department has to act by. */
    private static LocalDate earliestDeadline(List<FindingNotice> findings) {
        return findings == null ? null : findings.stream().map(FindingNotice::deadline).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static String reasons(List<ReturnReason> reasons) {
        String typed = returnReasons(reasons);
        return typed == null ? "见审核记录。" : typed + "。";
    }

    /** The auditor's return reasons as typed, one after another ({@code null} when there are none). */
    private static String returnReasons(List<ReturnReason> reasons) {
        return reasons == null || reasons.isEmpty() ? null
                : reasons.stream().map(ReturnReason::reason).collect(Collectors.joining("；"));
    }

    private static String name(Actor actor) {
        String name = displayName(actor);
        return name == null ? "有人" : name;
    }

    private static String displayName(Actor actor) {
        return actor == null ? null : actor.displayName();
    }

    private static String date(LocalDate date) {
        return date == null ? "（未定）" : date.toString();
    }

    private static String reason(String reason) {
        return reason == null || reason.isBlank() ? "" : "理由：" + reason;
    }

    private static String comment(String comment) {
        return comment == null || comment.isBlank() ? "" : "意见：" + comment;
    }

    /** Words a person typed (a reason, a comment), or {@code null} when they typed none. */
    private static String typed(String words) {
        return words == null || words.isBlank() ? null : words;
    }

    /** The names every notice about one assignment uses. */
    private static final class Words {

        private final String campaign;
        private final String campaignTitle;
        private final String department;
        private final String departmentCode;
        private final String report;

        Words(Assignment assignment) {
            this.campaign = "《" + assignment.campaignOrDefault() + "》";
            this.campaignTitle = assignment.campaignTitle();
            this.department = assignment.departmentOrDefault();
            this.departmentCode = assignment.departmentCode();
            this.report = assignment.reportId() == null ? "/tasks" : "/reports/" + assignment.reportId();
        }

        List<Notice> notice(NotificationKind kind, Set<Role> audience, String title, String body, String link,
                Map<String, String> facts) {
            return List.of(new Notice(kind, audience, departmentCode, title, body, link, facts));
        }

        /**
         * The campaign's title and the department's code (each once known), then the given name, value pairs as text;
         * a value not known ({@code null}) is left out rather than written as a stand-in like the Chinese words do.
         */
        Map<String, String> facts(Object... namesAndValues) {
            Map<String, String> facts = new LinkedHashMap<>();
            put(facts, "campaignTitle", campaignTitle);
            put(facts, "departmentCode", departmentCode);
            for (int i = 0; i < namesAndValues.length; i += 2) {
                put(facts, (String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return Collections.unmodifiableMap(facts);
        }

        private static void put(Map<String, String> facts, String name, Object value) {
            if (value != null) {
                facts.put(name, value.toString());
            }
        }
    }
}
