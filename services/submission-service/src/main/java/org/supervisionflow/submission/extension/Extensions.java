package org.supervisionflow.submission.extension;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.assignment.DueDateMoved;
import org.supervisionflow.contracts.assignment.ExtensionDenied;
import org.supervisionflow.contracts.assignment.ExtensionGranted;
import org.supervisionflow.contracts.command.CloseReport;
import org.supervisionflow.contracts.submission.ExtensionRequested;
import org.supervisionflow.contracts.submission.RectificationSubmitted;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.problem.Violations;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.submission.rectification.Rectification;
import org.supervisionflow.submission.rectification.RectificationAnswering;
import org.supervisionflow.submission.rectification.RectificationCommands;
import org.supervisionflow.submission.rectification.RectificationStatus;
import org.supervisionflow.submission.report.Actors;
import org.supervisionflow.submission.report.Report;
import org.supervisionflow.submission.report.ReportLifecycle;
import org.supervisionflow.submission.report.ReportLookup;

/**
 * The use cases of extension requests: a department asks ({@link ExtensionRequested} through the outbox), reads
 * its requests, and the office's decisions and due-date moves, received from assignment-service, update the
 * request and the date the report or rectification shows.
 */
@Service
public class Extensions {

    private static final Logger log = LoggerFactory.getLogger(Extensions.class);
    private static final Text REPORT = Text.of("报告", "Report");
    private static final Text FINDING = Text.of("整改问题", "Finding");

    private final ExtensionRequests requests;
    private final ReportLookup reports;
    private final ReportLifecycle lifecycle;
    private final RectificationAnswering rectifications;
    private final RectificationCommands rectificationCommands;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Extensions(ExtensionRequests requests, ReportLookup reports, ReportLifecycle lifecycle,
            RectificationAnswering rectifications, RectificationCommands rectificationCommands,
            ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.reports = reports;
        this.lifecycle = lifecycle;
        this.rectifications = rectifications;
        this.rectificationCommands = rectificationCommands;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Files the department's request for its report's due date or, with a finding, for that rectification's
     * deadline. Only while the work is still owed, for a later date than the current one, one pending at a time.
     */
    @Transactional
    public ExtensionRequest request(UUID reportId, ExtensionAsk ask, CurrentUser user) {
        Report report = reports.workspace(reportId, user).orElseThrow(() -> ProblemException.notFound(REPORT, reportId))
                .report();
        LocalDate current = ask.findingId() == null ? reportDueDate(report) : rectificationDeadline(reportId, ask, user);
        LocalDate today = LocalDate.now(clock);
        Violations violations = new Violations();
        if (!ask.requestedDueDate().isAfter(current)) {
            violations.add("requestedDueDate", Text.of("申请延至的日期须晚于当前截止日期（" + current + "）",
                    "The date asked for must be after the current due date (" + current + ")"));
        } else if (ask.requestedDueDate().isBefore(today)) {
            violations.add("requestedDueDate", Text.of("申请延至的日期不能早于今天（" + today + "）",
                    "The date asked for cannot be before today (" + today + ")"));
        }
        violations.throwIfAny("extension-request-invalid", Text.of("延期申请有误，请修正标出的字段后重试，未保存任何内容。",
                "The extension request has errors; correct the fields listed and try again. Nothing was saved."));
        Instant now = clock.instant();
        Actor requester = Actors.drafter(user);
        ExtensionRequest request = new ExtensionRequest(UUID.randomUUID(), report.id(), report.assignmentId(),
                report.departmentCode(), ask.findingId(), current, ask.requestedDueDate(), ask.reason().strip(),
                requester, now, ExtensionStatus.PENDING, null, null, null, null);
        if (!requests.addIfNonePending(request)) {
            throw ProblemException.conflict("extension-request-pending", Text.of(
                    "该截止日期已有一份待督察办审批的延期申请，请等待审批结果后再申请。",
                    "An extension request for this deadline is already waiting for the office's decision; wait for it "
                            + "before asking again."));
        }
        events.publishEvent(new ExtensionRequested(UUID.randomUUID(), report.assignmentId(), now, request.id(),
                request.findingId(), current, request.requestedDueDate(), request.reason(), requester));
        return request;
    }

    /** The report's extension requests, newest first, if the caller may see the report. */
    @Transactional(readOnly = true)
    public List<ExtensionRequest> ofReport(UUID reportId, CurrentUser user) {
        if (reports.workspace(reportId, user).isEmpty()) {
            throw ProblemException.notFound(REPORT, reportId);
        }
        return requests.ofReport(reportId, user.departmentScope());
    }

    /** The office granted a request: it shows as granted, and the report or rectification is due on the new date. */
    @Transactional
    public void granted(ExtensionGranted granted) {
        if (!requests.decide(granted.requestId(), ExtensionStatus.GRANTED, granted.newDueDate(), granted.comment(),
                granted.decidedBy(), granted.occurredAt())) {
            log.info("ExtensionGranted {}: request {} unknown here or decided already", granted.id(), granted.requestId());
        }
        if (granted.findingId() == null) {
            lifecycle.moveDueDate(granted.assignmentId(), granted.newDueDate(), granted.occurredAt(), granted.id());
        } else {
            rectificationCommands.moveDeadline(granted.findingId(), granted.newDueDate(), granted.occurredAt(),
                    granted.id());
        }
    }

    /** The office denied a request: it shows as denied with the office's reason; no date moves. */
    @Transactional
    public void denied(ExtensionDenied denied) {
        if (!requests.decide(denied.requestId(), ExtensionStatus.DENIED, null, denied.reason(), denied.decidedBy(),
                denied.occurredAt())) {
            log.info("ExtensionDenied {}: request {} unknown here or decided already", denied.id(), denied.requestId());
        }
    }

    /** The office moved the campaign's due date: the report is due on the new date. */
    @Transactional
    public void dueDateMoved(DueDateMoved moved) {
        lifecycle.moveDueDate(moved.assignmentId(), moved.newDueDate(), moved.occurredAt(), moved.id());
    }

    /** The report went out: its pending request for more time to send it no longer applies. */
    @EventListener
    public void reportSubmitted(ReportSubmitted submitted) {
        close(submitted.assignmentId(), null, false, ExtensionStatus.OBSOLETE,
                "报告已报送，延期申请不再适用 / The report was submitted; the request no longer applies", submitted.id());
    }

    /** The finding's answer went out: its pending request for more time no longer applies. */
    @EventListener
    public void rectificationSubmitted(RectificationSubmitted submitted) {
        close(submitted.assignmentId(), submitted.findingId(), false, ExtensionStatus.OBSOLETE,
                "整改情况已报送，延期申请不再适用 / The rectification was submitted; the request no longer applies",
                submitted.id());
    }

    /**
     * The report's lifecycle ended: every pending request is closed, {@code WITHDRAWN} with a withdrawn assignment,
     * {@code OBSOLETE} when the lifecycle closed.
     */
    @Transactional
    public void reportClosed(CloseReport close) {
        if (close.finalStage() == ReportStage.WITHDRAWN) {
            close(close.assignmentId(), null, true, ExtensionStatus.WITHDRAWN,
                    "任务分派已撤回 / The assignment was withdrawn" + (close.reason() == null ? "" : "：" + close.reason()),
                    close.id());
        } else {
            close(close.assignmentId(), null, true, ExtensionStatus.OBSOLETE,
                    "报告流程已结束 / The report's lifecycle closed", close.id());
        }
    }

    private void close(UUID assignmentId, UUID findingId, boolean wholeReport, ExtensionStatus status, String reason,
            UUID because) {
        int closed = requests.closePending(assignmentId, findingId, wholeReport, status, reason, clock.instant());
        if (closed > 0) {
            log.info("{} pending extension request(s) of assignment {} closed as {} ({})", closed, assignmentId, status,
                    because);
        }
    }

    private static LocalDate reportDueDate(Report report) {
        if (!report.status().awaitsSubmission()) {
            throw ProblemException.conflict("report-not-awaiting-submission", Text.of(
                    "报告已报送或已关闭，不能再申请延期报送。",
                    "The report was submitted or closed already; its due date can no longer be extended."));
        }
        return report.dueDate();
    }

    private LocalDate rectificationDeadline(UUID reportId, ExtensionAsk ask, CurrentUser user) {
        Rectification rectification = rectifications.ofReport(reportId, user).stream()
                .filter(candidate -> candidate.finding().findingId().equals(ask.findingId()))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(FINDING, ask.findingId()));
        if (rectification.status() != RectificationStatus.OPEN
                && rectification.status() != RectificationStatus.AWAITING_LEADER_APPROVAL) {
            throw ProblemException.conflict("rectification-not-awaiting-answer", Text.of(
                    "该问题的整改已报送或已关闭，不能再申请延期。",
                    "This finding's rectification was submitted or closed already; its deadline can no longer be "
                            + "extended."));
        }
        if (rectification.finding().deadline() == null) {
            throw Violations.single("finding-without-deadline", "findingId", Text.of(
                    "该问题未设整改期限，无需申请延期。", "This finding has no rectification deadline to extend."));
        }
        return rectification.finding().deadline();
    }
}
