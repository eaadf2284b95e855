package org.supervisionflow.workflows.timeline;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.DeadlineKind;
import org.supervisionflow.contracts.DeliveryStatus;
import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.NotificationChannel;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.SupervisionMessage;
import org.supervisionflow.contracts.VerificationOutcome;
import org.supervisionflow.contracts.WarningLevel;
import org.supervisionflow.contracts.assignment.AssignmentEvent;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.assignment.AssignmentWithdrawn;
import org.supervisionflow.contracts.assignment.DueDateMoved;
import org.supervisionflow.contracts.assignment.ExtensionDenied;
import org.supervisionflow.contracts.assignment.ExtensionGranted;
import org.supervisionflow.contracts.command.CloseReport;
import org.supervisionflow.contracts.command.Command;
import org.supervisionflow.contracts.command.OpenRectification;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.contracts.command.OpenReview;
import org.supervisionflow.contracts.command.OpenVerification;
import org.supervisionflow.contracts.command.ReopenRectification;
import org.supervisionflow.contracts.command.ReopenReport;
import org.supervisionflow.contracts.notification.NotificationAttempted;
import org.supervisionflow.contracts.notification.NotificationEvent;
import org.supervisionflow.contracts.review.FindingVerified;
import org.supervisionflow.contracts.review.ReviewClaimed;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.contracts.review.ReviewEvent;
import org.supervisionflow.contracts.review.ReviewReleased;
import org.supervisionflow.contracts.review.ScoreOverridden;
import org.supervisionflow.contracts.submission.DraftStarted;
import org.supervisionflow.contracts.submission.ExtensionRequested;
import org.supervisionflow.contracts.submission.ReportPublished;
import org.supervisionflow.contracts.submission.RectificationApprovalRejected;
import org.supervisionflow.contracts.submission.RectificationSentForApproval;
import org.supervisionflow.contracts.submission.RectificationSubmitted;
import org.supervisionflow.contracts.submission.ReportApprovalRejected;
import org.supervisionflow.contracts.submission.ReportOpened;
import org.supervisionflow.contracts.submission.ReportSentForApproval;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.contracts.submission.SubmissionEvent;
import org.supervisionflow.contracts.workflow.DeadlineApproaching;
import org.supervisionflow.contracts.workflow.DeadlineMissed;
import org.supervisionflow.contracts.workflow.EscalationRaised;
import org.supervisionflow.contracts.workflow.ReportGraded;
import org.supervisionflow.contracts.workflow.StageChanged;
import org.supervisionflow.contracts.workflow.WarningRaised;
import org.supervisionflow.contracts.workflow.WorkflowEvent;
import org.supervisionflow.platform.problem.Text;

/**
 * What each message means in the history: who acted, a short summary in both languages, the department it names
 * and its key data. The one place that knows every message type.
 */
final class Facts {

    private Facts() {
    }

    /** One message as a history line, before it takes its place in the chain. */
    record Fact(
            String type,
            EntryKind kind,
            String source,
            String departmentCode,
            Actor actor,
            Text summary,
            UUID reportId,
            Integer reportVersion,
            ReportStage stageBefore,
            ReportStage stageAfter,
            Map<String, Object> details) {
    }

    /** The history line of a message; every record of every topic has one, which the compiler checks. */
    static Fact of(SupervisionMessage message) {
        String type = message.getClass().getSimpleName();
        return switch (message) {
            case AssignmentEvent event -> assignment(type, event);
            case SubmissionEvent event -> submission(type, event);
            case ReviewEvent event -> review(type, event);
            case WorkflowEvent event -> workflow(type, event);
            case NotificationEvent event -> notification(type, event);
            case Command command -> command(type, command);
            default -> throw new IllegalArgumentException("No history line for " + type);
        };
    }

    private static Fact assignment(String type, AssignmentEvent event) {
        return switch (event) {
            case AssignmentIssued issued -> {
                AssignmentScope scope = issued.scope();
                yield event(type, scope.departmentCode(), null,
                        Text.of("督察任务下达：" + scope.campaignTitle() + "（" + scope.documentNumber() + "），截止 "
                                + scope.dueDate(),
                                "Assignment issued: " + scope.campaignTitle() + " (" + scope.documentNumber()
                                        + "), due " + scope.dueDate()),
                        null, null, null, null,
                        details("campaignId", scope.campaignId(), "campaignTitle", scope.campaignTitle(),
                                "documentNumber", scope.documentNumber(), "campaignKind", scope.kind(),
                                "period", scope.period(), "dueDate", scope.dueDate(),
                                "departmentName", scope.departmentName(),
                                "indicatorCodes", scope.indicators().stream().map(i -> i.code()).toList()),
                        event);
            }
            case AssignmentWithdrawn withdrawn -> event(type, withdrawn.departmentCode(), null,
                    Text.of("督察任务撤回：" + withdrawn.reason(), "Assignment withdrawn: " + withdrawn.reason()),
                    null, null, null, null, details("reason", withdrawn.reason()), event);
            case ExtensionGranted granted -> event(type, null, granted.decidedBy(),
                    Text.of("批准延期：" + deadlineZh(granted.findingId()) + "由 " + granted.previousDueDate() + " 延至 "
                            + granted.newDueDate(), "Extension granted: " + deadlineEn(granted.findingId())
                                    + " moved from " + granted.previousDueDate() + " to " + granted.newDueDate()),
                    null, null, null, null,
                    details("requestId", granted.requestId(), "findingId", granted.findingId(),
                            "previousDueDate", granted.previousDueDate(), "newDueDate", granted.newDueDate(),
                            "comment", granted.comment()),
                    event);
            case ExtensionDenied denied -> event(type, null, denied.decidedBy(),
                    Text.of("不予延期：" + denied.reason(), "Extension denied: " + denied.reason()),
                    null, null, null, null,
                    details("requestId", denied.requestId(), "findingId", denied.findingId(), "reason",
                            denied.reason()),
                    event);
            case DueDateMoved moved -> event(type, null, moved.movedBy(),
                    Text.of("报送截止日期由 " + moved.previousDueDate() + " 调整为 " + moved.newDueDate() + "：" + moved.reason(),
                            "Due date moved from " + moved.previousDueDate() + " to " + moved.newDueDate() + ": "
                                    + moved.reason()),
                    null, null, null, null,
                    details("previousDueDate", moved.previousDueDate(), "newDueDate", moved.newDueDate(), "reason",
                            moved.reason()),
                    event);
        };
    }

    private static Fact submission(String type, SubmissionEvent event) {
        return switch (event) {
            case ReportOpened opened -> event(type, opened.departmentCode(), null,
                    Text.of("报告填报已开启", "Report opened for drafting"), opened.reportId(), null, null, null,
                    details(), event);
            case DraftStarted started -> event(type, null, started.actor(),
                    Text.of("开始起草报告", "Drafting started"), started.reportId(), null, null, null, details(),
                    event);
            case ReportSentForApproval sent -> event(type, null, sent.actor(),
                    Text.of("报告提交部门负责人审批", "Report sent to the department leader for approval"),
                    sent.reportId(), null, null, null, details(), event);
            case ReportApprovalRejected rejected -> event(type, null, rejected.leader(),
                    Text.of("部门负责人退回草稿：" + rejected.comment(),
                            "The department leader sent the draft back: " + rejected.comment()),
                    rejected.reportId(), null, null, null, details("comment", rejected.comment()), event);
            case ReportSubmitted submitted -> event(type, null, submitted.approver(),
                    Text.of("部门负责人审批通过，报告第 " + submitted.version() + " 版报送",
                            "The department leader approved; report version " + submitted.version() + " submitted"),
                    submitted.reportId(), submitted.version(), null, null,
                    details("submitter", submitted.submitter(), "approver", submitted.approver()), event);
            case RectificationSubmitted submitted -> event(type, null, submitted.approver(),
                    Text.of("整改答复第 " + submitted.answerVersion() + " 版报送",
                            "Rectification answer version " + submitted.answerVersion() + " submitted"),
                    submitted.reportId(), null, null, null,
                    details("findingId", submitted.findingId(), "answerId", submitted.answerId(),
                            "answerVersion", submitted.answerVersion(), "submitter", submitted.submitter(),
                            "approver", submitted.approver()),
                    event);
            case RectificationSentForApproval sent -> event(type, null, sent.submitter(),
                    Text.of("整改答复第 " + sent.answerVersion() + " 版提交部门负责人审批",
                            "Rectification answer version " + sent.answerVersion()
                                    + " sent to the department leader for approval"),
                    sent.reportId(), null, null, null,
                    details("findingId", sent.findingId(), "answerId", sent.answerId(), "answerVersion",
                            sent.answerVersion()),
                    event);
            case RectificationApprovalRejected rejected -> event(type, null, rejected.leader(),
                    Text.of("部门负责人退回整改答复：" + rejected.comment(),
                            "The department leader sent the rectification answer back: " + rejected.comment()),
                    rejected.reportId(), null, null, null,
                    details("findingId", rejected.findingId(), "answerId", rejected.answerId(), "comment",
                            rejected.comment()),
                    event);
            case ReportPublished published -> event(type, null, published.publisher(),
                    Text.of("报告第 " + published.reportVersion() + " 版经保密审查，于 " + published.publishedOn() + " 向社会公开",
                            "Report version " + published.reportVersion() + " made public on " + published.publishedOn()
                                    + " after its secrecy review"),
                    published.reportId(), published.reportVersion(), null, null,
                    details("publishedOn", published.publishedOn(), "secrecyReviewer", published.secrecyReviewer(),
                            "publisher", published.publisher()),
                    event);
            case ExtensionRequested requested -> event(type, null, requested.requester(),
                    Text.of("申请延期：" + deadlineZh(requested.findingId()) + "由 " + requested.currentDueDate() + " 延至 "
                            + requested.requestedDueDate() + "，理由：" + requested.reason(),
                            "Extension requested: " + deadlineEn(requested.findingId()) + " from "
                                    + requested.currentDueDate() + " to " + requested.requestedDueDate() + ", because: "
                                    + requested.reason()),
                    null, null, null, null,
                    details("requestId", requested.requestId(), "findingId", requested.findingId(),
                            "currentDueDate", requested.currentDueDate(), "requestedDueDate",
                            requested.requestedDueDate(), "reason", requested.reason()),
                    event);
        };
    }

    private static Fact review(String type, ReviewEvent event) {
        return switch (event) {
            case ReviewClaimed claimed -> event(type, null, claimed.auditor(),
                    Text.of("督察员开始审核报告第 " + claimed.reportVersion() + " 版",
                            "An auditor started reviewing report version " + claimed.reportVersion()),
                    null, claimed.reportVersion(), null, null, details("reviewId", claimed.reviewId()), event);
            case ReviewCompleted completed -> event(type, null, completed.auditor(), reviewSummary(completed), null,
                    completed.reportVersion(), null, null,
                    details("reviewId", completed.reviewId(), "decision", completed.decision(),
                            "totalScore", completed.totalScore(), "maxScore", completed.maxScore(),
                            "vetoed", completed.vetoed(), "noticeNumbers", noticeNumbers(completed.findings()),
                            "returnReasons", completed.returnReasons(), "findings", completed.findings()),
                    event);
            case FindingVerified verified -> event(type, null, verified.auditor(),
                    verified.outcome() == VerificationOutcome.CLOSED
                            ? Text.of("整改核验通过，问题销号", "Rectification verified; finding closed")
                            : Text.of("整改核验未通过，退回：" + verified.reason(),
                                    "Rectification rejected: " + verified.reason()),
                    null, null, null, null,
                    details("findingId", verified.findingId(), "answerId", verified.answerId(),
                            "outcome", verified.outcome(), "reason", verified.reason()),
                    event);
            case ReviewReleased released -> event(type, null, released.auditor(),
                    Text.of("督察员放回报告第 " + released.reportVersion() + " 版，待他人审核",
                            "An auditor put report version " + released.reportVersion() + " back into the queue"),
                    null, released.reportVersion(), null, null, details("reviewId", released.reviewId()), event);
            case ScoreOverridden overridden -> event(type, null, overridden.auditor(),
                    Text.of("调整指标得分：建议 " + plain(overridden.suggestedScore()) + " 分，给定 "
                            + plain(overridden.score()) + " 分，理由：" + overridden.reason(),
                            "Indicator score set to " + plain(overridden.score()) + " instead of the suggested "
                                    + plain(overridden.suggestedScore()) + ": " + overridden.reason()),
                    null, overridden.reportVersion(), null, null,
                    details("reviewId", overridden.reviewId(), "indicatorId", overridden.indicatorId(),
                            "suggestedScore", overridden.suggestedScore(), "score", overridden.score(),
                            "reason", overridden.reason()),
                    event);
        };
    }

    private static Fact workflow(String type, WorkflowEvent event) {
        return switch (event) {
            case StageChanged changed -> event(type, changed.departmentCode(), null,
                    Text.of("阶段：" + stageZh(changed.previousStage()) + " → " + stageZh(changed.stage()),
                            "Stage: " + stageEn(changed.previousStage()) + " → " + stageEn(changed.stage())),
                    null, null, changed.previousStage(), changed.stage(), details(), event);
            case ReportGraded graded -> event(type, graded.departmentCode(), null,
                    Text.of("评定等次：" + gradeZh(graded.grade()) + "（" + score(graded.totalScore(), graded.maxScore())
                            + "）", "Graded " + graded.grade() + " (" + score(graded.totalScore(), graded.maxScore())
                                    + ")"),
                    null, graded.reportVersion(), null, null,
                    details("grade", graded.grade(), "totalScore", graded.totalScore(), "maxScore",
                            graded.maxScore()),
                    event);
            case DeadlineApproaching approaching -> event(type, approaching.departmentCode(), null,
                    approaching.workingDaysLeft() == 0
                            ? Text.of("催办：" + kindZh(approaching.kind()) + "今日到期（" + approaching.dueDate() + "）",
                                    "Reminder: the " + kindEn(approaching.kind()) + " is due today ("
                                            + approaching.dueDate() + ")")
                            : Text.of("催办：" + kindZh(approaching.kind()) + "还有 " + approaching.workingDaysLeft()
                                    + " 个工作日到期（" + approaching.dueDate() + "）",
                                    "Reminder: the " + kindEn(approaching.kind()) + " is due in "
                                            + approaching.workingDaysLeft() + " working day(s) ("
                                            + approaching.dueDate() + ")"),
                    null, null, null, null,
                    deadline(approaching.kind(), approaching.findingId(), approaching.dueDate(),
                            "workingDaysLeft", approaching.workingDaysLeft()),
                    event);
            case DeadlineMissed missed -> event(type, missed.departmentCode(), null,
                    Text.of(kindZh(missed.kind()) + "已逾期（" + missed.dueDate() + "）",
                            "The " + kindEn(missed.kind()) + " was missed (" + missed.dueDate() + ")"),
                    null, null, null, null, deadline(missed.kind(), missed.findingId(), missed.dueDate()), event);
            case WarningRaised warning -> event(type, warning.departmentCode(), null,
                    Text.of((warning.level() == WarningLevel.RED ? "红牌" : "黄牌") + "预警：" + kindZh(warning.kind())
                            + "逾期 " + warning.workingDaysOverdue() + " 个工作日",
                            warning.level() + " warning: the " + kindEn(warning.kind()) + " is "
                                    + warning.workingDaysOverdue() + " working day(s) overdue"),
                    null, null, null, null,
                    deadline(warning.kind(), warning.findingId(), warning.dueDate(), "level", warning.level(),
                            "workingDaysOverdue", warning.workingDaysOverdue()),
                    event);
            case EscalationRaised escalation -> event(type, escalation.departmentCode(), null,
                    Text.of("督办：" + kindZh(escalation.kind()) + "逾期 " + escalation.workingDaysOverdue() + " 个工作日，报"
                            + (escalation.target() == EscalationTarget.OFFICE ? "督察办" : "部门主要负责人"),
                            "Escalated to the " + (escalation.target() == EscalationTarget.OFFICE ? "office"
                                    : "department leader") + ": the " + kindEn(escalation.kind()) + " is "
                                    + escalation.workingDaysOverdue() + " working day(s) overdue"),
                    null, null, null, null,
                    deadline(escalation.kind(), escalation.findingId(), escalation.dueDate(), "target",
                            escalation.target(), "workingDaysOverdue", escalation.workingDaysOverdue()),
                    event);
        };
    }

    private static Fact notification(String type, NotificationEvent event) {
        return switch (event) {
            case NotificationAttempted attempted -> event(type, null, null,
                    attempted.status() == DeliveryStatus.DELIVERED
                            ? Text.of("已通过" + channelZh(attempted.channel()) + "通知 " + attempted.recipientName()
                                    + "（" + attempted.sourceEventType() + "）",
                                    "Notified " + attempted.recipientName() + " by " + attempted.channel() + " ("
                                            + attempted.sourceEventType() + ")")
                            : Text.of("通过" + channelZh(attempted.channel()) + "通知 " + attempted.recipientName()
                                    + "失败（第 " + attempted.attempt() + " 次）：" + attempted.failureReason(),
                                    "Notifying " + attempted.recipientName() + " by " + attempted.channel()
                                            + " failed (attempt " + attempted.attempt() + "): "
                                            + attempted.failureReason()),
                    null, null, null, null,
                    details("notificationId", attempted.notificationId(), "sourceEventType",
                            attempted.sourceEventType(), "recipientUsername", attempted.recipientUsername(),
                            "recipientName", attempted.recipientName(), "channel", attempted.channel(),
                            "status", attempted.status(), "attempt", attempted.attempt(), "failureReason",
                            attempted.failureReason()),
                    event);
        };
    }

    private static Fact command(String type, Command command) {
        return switch (command) {
            case OpenReport open -> fact(type, EntryKind.COMMAND, open.scope().departmentCode(),
                    Text.of("开启报告填报（" + open.scope().campaignTitle() + "）",
                            "Open the report for drafting (" + open.scope().campaignTitle() + ")"),
                    null, null, details("dueDate", open.scope().dueDate()), command);
            case ReopenReport reopen -> fact(type, EntryKind.COMMAND, null,
                    Text.of("退回修改：重新开启报告（退回第 " + reopen.returnedVersion() + " 版）",
                            "Reopen the report for revision (version " + reopen.returnedVersion() + " returned)"),
                    reopen.reportId(), reopen.returnedVersion(), details("reasons", reopen.reasons()), command);
            case CloseReport close -> fact(type, EntryKind.COMMAND, null,
                    Text.of("关闭报告（" + stageZh(close.finalStage()) + "）",
                            "Close the report (" + stageEn(close.finalStage()) + ")"),
                    null, null, details("finalStage", close.finalStage(), "reason", close.reason()), command);
            case OpenReview open -> fact(type, EntryKind.COMMAND, open.departmentCode(),
                    Text.of("报告第 " + open.reportVersion() + " 版进入审核队列",
                            "Report version " + open.reportVersion() + " queued for review"),
                    open.reportId(), open.reportVersion(), details("campaignTitle", open.campaignTitle()), command);
            case OpenRectification open -> fact(type, EntryKind.COMMAND, null,
                    Text.of("下发整改通知书 " + open.finding().noticeNumber() + "（" + severityZh(open.finding().severity())
                            + "，期限 " + open.finding().deadline() + "）",
                            "Rectification notice " + open.finding().noticeNumber() + " issued ("
                                    + open.finding().severity() + ", due " + open.finding().deadline() + ")"),
                    open.reportId(), null,
                    details("noticeNumbers", List.of(open.finding().noticeNumber()), "finding", open.finding()),
                    command);
            case OpenVerification open -> fact(type, EntryKind.COMMAND, null,
                    Text.of("整改答复第 " + open.answerVersion() + " 版提交核验",
                            "Rectification answer version " + open.answerVersion() + " sent for verification"),
                    null, null, details("findingId", open.findingId(), "answerId", open.answerId(),
                            "answerVersion", open.answerVersion()),
                    command);
            case ReopenRectification reopen -> fact(type, EntryKind.COMMAND, null,
                    Text.of("重新开启整改：" + reopen.reason(), "Rectification reopened: " + reopen.reason()),
                    null, null, details("findingId", reopen.findingId(), "rejectedAnswerId",
                            reopen.rejectedAnswerId(), "reason", reopen.reason()),
                    command);
        };
    }

    private static Fact event(String type, String departmentCode, Actor actor, Text summary, UUID reportId,
            Integer reportVersion, ReportStage before, ReportStage after, Map<String, Object> details,
            SupervisionMessage message) {
        return new Fact(type, EntryKind.EVENT, source(message), departmentCode, actor, summary, reportId,
                reportVersion, before, after, details);
    }

    private static Fact fact(String type, EntryKind kind, String departmentCode, Text summary, UUID reportId,
            Integer reportVersion, Map<String, Object> details, SupervisionMessage message) {
        return new Fact(type, kind, source(message), departmentCode, null, summary, reportId, reportVersion, null,
                null, details);
    }

    /** The service that published the message: the owner of its topic. */
    private static String source(SupervisionMessage message) {
        return switch (message) {
            case AssignmentEvent ignored -> "assignment-service";
            case SubmissionEvent ignored -> "submission-service";
            case ReviewEvent ignored -> "review-service";
            case WorkflowEvent ignored -> "workflows";
            case NotificationEvent ignored -> "notification-service";
            case Command ignored -> "workflows";
            default -> throw new IllegalArgumentException("No topic carries " + message.getClass());
        };
    }

    private static Text reviewSummary(ReviewCompleted completed) {
        Text decision = decisionSummary(completed);
        // A veto fails the report whatever the score, so the line says so rather than leave a good score to mislead.
        return completed.vetoed()
                ? Text.of(decision.zh() + "；一票否决，等次为不合格", decision.en() + "; vetoed (一票否决): graded FAIL")
                : decision;
    }

    private static Text decisionSummary(ReviewCompleted completed) {
        String score = score(completed.totalScore(), completed.maxScore());
        int version = completed.reportVersion();
        return switch (completed.decision()) {
            case ACCEPT -> Text.of("审核通过第 " + version + " 版，得分 " + score,
                    "Version " + version + " accepted, score " + score);
            case ACCEPT_WITH_FINDINGS -> Text.of("审核通过第 " + version + " 版，发现问题 " + completed.findings().size()
                    + " 项（整改通知书 " + String.join("、", noticeNumbers(completed.findings())) + "），得分 " + score,
                    "Version " + version + " accepted with " + completed.findings().size() + " finding(s) (notices "
                            + String.join(", ", noticeNumbers(completed.findings())) + "), score " + score);
            case RETURN -> Text.of("退回修改第 " + version + " 版（" + completed.returnReasons().size() + " 条理由），得分 "
                    + score, "Version " + version + " returned for revision (" + completed.returnReasons().size()
                            + " reason(s)), score " + score);
        };
    }

    private static List<String> noticeNumbers(List<FindingNotice> findings) {
        return findings == null ? List.of() : findings.stream().map(FindingNotice::noticeNumber).toList();
    }

    private static String score(BigDecimal total, BigDecimal max) {
        return plain(total) + "/" + plain(max);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private static String stageZh(ReportStage stage) {
        if (stage == null) {
            return "（开始）";
        }
        return switch (stage) {
            case ASSIGNED -> "已下达";
            case DRAFTING -> "起草中";
            case AWAITING_LEADER_APPROVAL -> "待负责人审批";
            case SUBMITTED -> "已报送";
            case UNDER_REVIEW -> "审核中";
            case RETURNED -> "退回修改";
            case ACCEPTED -> "审核通过";
            case RECTIFYING -> "整改中";
            case RECTIFICATION_SUBMITTED -> "整改已报送";
            case VERIFYING -> "核验中";
            case CLOSED -> "已办结";
            case WITHDRAWN -> "已撤回";
        };
    }

    private static String stageEn(ReportStage stage) {
        return stage == null ? "(start)" : stage.name();
    }

    private static String gradeZh(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> "优秀";
            case GOOD -> "良好";
            case PASS -> "合格";
            case FAIL -> "不合格";
        };
    }

    /** Which deadline an extension is about: the report's, or one finding's. */
    private static String deadlineZh(UUID findingId) {
        return findingId == null ? "报送截止日期" : "问题整改期限";
    }

    private static String deadlineEn(UUID findingId) {
        return findingId == null ? "the report's due date" : "the finding's rectification deadline";
    }

    private static String kindZh(DeadlineKind kind) {
        return switch (kind) {
            case REPORT_SUBMISSION -> "报告报送";
            case REVIEW -> "报告审核";
            case RECTIFICATION -> "问题整改";
        };
    }

    private static String kindEn(DeadlineKind kind) {
        return switch (kind) {
            case REPORT_SUBMISSION -> "report";
            case REVIEW -> "review";
            case RECTIFICATION -> "rectification";
        };
    }

    private static String channelZh(NotificationChannel channel) {
        return switch (channel) {
            case IN_APP -> "站内消息";
            case EMAIL -> "邮件";
            case SMS -> "短信";
        };
    }

    /** The key data every deadline event shares, then its own. */
    private static Map<String, Object> deadline(DeadlineKind kind, UUID findingId, Object dueDate,
            Object... more) {
        Map<String, Object> details = details("deadlineKind", kind, "findingId", findingId, "dueDate", dueDate);
        details.putAll(details(more));
        return details;
    }

    private static String severityZh(FindingSeverity severity) {
        return switch (severity) {
            case GENERAL -> "一般";
            case SERIOUS -> "较重";
            case SEVERE -> "严重";
        };
    }

    /** Key data in the order given; null values are left out. */
    private static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                details.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return details;
    }
}
