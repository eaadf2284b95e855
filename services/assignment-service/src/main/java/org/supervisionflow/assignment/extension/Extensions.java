package org.supervisionflow.assignment.extension;

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
import org.supervisionflow.assignment.assignment.Actors;
import org.supervisionflow.assignment.assignment.Assignments;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.assignment.AssignmentWithdrawn;
import org.supervisionflow.contracts.assignment.ExtensionDenied;
import org.supervisionflow.contracts.assignment.ExtensionGranted;
import org.supervisionflow.contracts.submission.ExtensionRequested;
import org.supervisionflow.contracts.submission.RectificationSubmitted;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.problem.Violations;
import org.supervisionflow.platform.security.CurrentUser;

/**
 * The office's side of extension requests: receive them, list them within the caller's department scope, grant
 * ({@link ExtensionGranted}; a report's extension moves the assignment's due date) or deny ({@link ExtensionDenied}).
 */
@Service
public class Extensions {

    private static final Logger log = LoggerFactory.getLogger(Extensions.class);
    private static final Text REQUEST = Text.of("延期申请", "Extension request");

    private final ExtensionRequestStore store;
    private final Assignments assignments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Extensions(ExtensionRequestStore store, Assignments assignments, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.assignments = assignments;
        this.events = events;
        this.clock = clock;
    }

    /** Stores a department's request as pending; the same request twice, or one for an unknown assignment, once or never. */
    @Transactional
    public void receive(ExtensionRequested requested) {
        if (!store.addIfAbsent(requested)) {
            log.info("ExtensionRequested {}: request {} known already or assignment {} unknown", requested.id(),
                    requested.requestId(), requested.assignmentId());
        }
    }

    @Transactional(readOnly = true)
    public List<ExtensionRequest> list(CurrentUser user, ExtensionStatus status) {
        return store.list(user.departmentScope().orElse(null), status);
    }

    /** One request; another department's answers 404 exactly like a missing one. */
    @Transactional(readOnly = true)
    public ExtensionRequest get(CurrentUser user, UUID id) {
        return store.find(user.departmentScope().orElse(null), id)
                .orElseThrow(() -> ProblemException.notFound(REQUEST, id));
    }

    /**
     * Grants a pending request, to the date asked for or the one the office sets (after the current due date, not
     * in the past). A report's extension moves the assignment's due date; a finding's deadline belongs to
     * review-service, which follows the event.
     */
    @Transactional
    public ExtensionRequest approve(UUID id, ExtensionDecision.Approval approval, CurrentUser user) {
        ExtensionRequest request = pending(id);
        LocalDate granted = approval.dueDate() == null ? request.requestedDueDate() : approval.dueDate();
        LocalDate today = LocalDate.now(clock);
        requireLater(granted, request.currentDueDate(), today);
        LocalDate previous = request.currentDueDate();
        if (request.findingId() == null) {
            previous = assignments.moveDueDate(request.assignmentId(), granted)
                    .orElseThrow(() -> ProblemException.conflict("assignment-not-issued", Text.of(
                            "该任务分派已撤回，不能再批准延期。", "The assignment was withdrawn; the request can no longer be granted.")));
            // The office may have moved the whole campaign since the request; an extension never brings a date forward
            // (the exception rolls the move back).
            requireLater(granted, previous, today);
        }
        Instant now = clock.instant();
        Actor decidedBy = Actors.officeAdmin(user);
        String comment = blankToNull(approval.comment());
        ExtensionRequest decided = request.decided(ExtensionStatus.GRANTED, granted, comment, decidedBy, now);
        store.saveDecision(decided);
        events.publishEvent(new ExtensionGranted(UUID.randomUUID(), request.assignmentId(), now, request.id(),
                request.findingId(), previous, granted, comment, decidedBy));
        return decided;
    }

    /** Denies a pending request with the office's reason; no date moves. */
    @Transactional
    public ExtensionRequest deny(UUID id, ExtensionDecision.Denial denial, CurrentUser user) {
        ExtensionRequest request = pending(id);
        Instant now = clock.instant();
        Actor decidedBy = Actors.officeAdmin(user);
        String reason = denial.reason().strip();
        ExtensionRequest decided = request.decided(ExtensionStatus.DENIED, null, reason, decidedBy, now);
        store.saveDecision(decided);
        events.publishEvent(new ExtensionDenied(UUID.randomUUID(), request.assignmentId(), now, request.id(),
                request.findingId(), reason, decidedBy));
        return decided;
    }

    /** The report went out: its pending request for more time to send it no longer applies. */
    @Transactional
    public void reportSubmitted(ReportSubmitted submitted) {
        close(submitted.assignmentId(), null, false, ExtensionStatus.OBSOLETE,
                "报告已报送，延期申请不再适用 / The report was submitted; the request no longer applies", submitted.id());
    }

    /** The finding's answer went out: its pending request for more time no longer applies. */
    @Transactional
    public void rectificationSubmitted(RectificationSubmitted submitted) {
        close(submitted.assignmentId(), submitted.findingId(), false, ExtensionStatus.OBSOLETE,
                "整改情况已报送，延期申请不再适用 / The rectification was submitted; the request no longer applies",
                submitted.id());
    }

    /** The office withdrew the assignment (in the same transaction): none of its pending requests applies any more. */
    @EventListener
    public void assignmentWithdrawn(AssignmentWithdrawn withdrawn) {
        close(withdrawn.assignmentId(), null, true, ExtensionStatus.WITHDRAWN,
                "任务分派已撤回 / The assignment was withdrawn"
                        + (withdrawn.reason() == null ? "" : "：" + withdrawn.reason()), withdrawn.id());
    }

    private void close(UUID assignmentId, UUID findingId, boolean all, ExtensionStatus status, String reason,
            UUID because) {
        int closed = store.closePending(assignmentId, findingId, all, status, reason, clock.instant());
        if (closed > 0) {
            log.info("{} pending extension request(s) of assignment {} closed as {} ({})", closed, assignmentId, status,
                    because);
        }
    }

    private static void requireLater(LocalDate granted, LocalDate current, LocalDate today) {
        if (!granted.isAfter(current) || granted.isBefore(today)) {
            throw Violations.single("extension-date-invalid", "dueDate", Text.of(
                    "批准延至的日期须晚于当前截止日期（" + current + "）且不早于今天（" + today + "）",
                    "The date granted must be after the current due date (" + current + ") and not before today ("
                            + today + ")"));
        }
    }

    private ExtensionRequest pending(UUID id) {
        ExtensionRequest request = store.lock(id).orElseThrow(() -> ProblemException.notFound(REQUEST, id));
        if (request.status() == ExtensionStatus.WITHDRAWN || request.status() == ExtensionStatus.OBSOLETE) {
            throw ProblemException.conflict("extension-request-closed", Text.of(
                    "该延期申请已失效，无需审批：" + request.decisionComment(),
                    "This extension request no longer applies and cannot be decided: " + request.decisionComment()));
        }
        if (request.status() != ExtensionStatus.PENDING) {
            throw ProblemException.conflict("extension-request-decided", Text.of(
                    "该延期申请已审批（" + (request.status() == ExtensionStatus.GRANTED ? "已批准" : "未批准") + "），不能再次审批。",
                    "This extension request was " + request.status().name().toLowerCase() + " already."));
        }
        return request;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
