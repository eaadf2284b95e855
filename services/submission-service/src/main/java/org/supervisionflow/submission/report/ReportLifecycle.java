package org.supervisionflow.submission.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.ReturnReason;
import org.supervisionflow.contracts.command.CloseReport;
import org.supervisionflow.contracts.command.ReopenReport;

/**
 * The workflow engine's commands that move a report: reopen it for revision after a return, close it when the
 * lifecycle ends. Both are decided by the report's state, so a repeated or late command changes nothing.
 */
@Service
public class ReportLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReportLifecycle.class);

    private final Reports reports;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportLifecycle(Reports reports, JdbcClient jdbc, Clock clock) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Opens the submitted report for revision, keeping the auditors' reasons on it. A return of a version that
     * is not the latest, or one already applied, or of a closed report, is logged and ignored.
     *
     * @throws ReportNotYetOpenException if the report does not exist yet (the command is retried)
     */
    @Transactional
    public void reopen(ReopenReport command) {
        Report report = reports.lockByAssignmentId(command.assignmentId())
                .orElseThrow(() -> new ReportNotYetOpenException("ReopenReport", command.id(), command.assignmentId()));
        boolean applied = report.returnReasons().stream()
                .anyMatch(note -> note.returnedVersion() == command.returnedVersion());
        if (report.status() != ReportStatus.SUBMITTED || report.versions() != command.returnedVersion() || applied) {
            log.info("ReopenReport {} for version {} ignored: report {} is {} at version {}", command.id(),
                    command.returnedVersion(), report.id(), report.status(), report.versions());
            return;
        }
        List<ReturnNote> notes = Objects.requireNonNullElse(command.reasons(), List.<ReturnReason>of())
                .stream()
                .map(reason -> new ReturnNote(command.returnedVersion(), reason.indicatorId(), reason.reason(),
                        clock.instant()))
                .toList();
        reports.update(report, report.reopened(notes));
        log.info("Reopened report {} for revision of version {}", report.id(), command.returnedVersion());
    }

    /**
     * Shows the report due on {@code dueDate}, as the office decided at {@code movedAt} (an extension granted, the
     * campaign's date moved). A move decided before the one shown arrived late and changes nothing. An assignment
     * whose lifecycle ended before its report opened has nothing to move.
     *
     * @throws ReportNotYetOpenException if the report does not exist yet (the event is retried)
     */
    @Transactional
    public void moveDueDate(UUID assignmentId, LocalDate dueDate, Instant movedAt, UUID eventId) {
        int moved = jdbc.sql("""
                update report set due_date = :dueDate, due_date_changed_at = :movedAt
                 where assignment_id = :assignmentId
                   and (due_date_changed_at is null or due_date_changed_at <= :movedAt)""")
                .param("assignmentId", assignmentId)
                .param("dueDate", dueDate)
                .param("movedAt", OffsetDateTime.ofInstant(movedAt, ZoneOffset.UTC))
                .update();
        if (moved == 1) {
            log.info("Report of assignment {} is due on {} ({})", assignmentId, dueDate, eventId);
            return;
        }
        boolean known = jdbc.sql("""
                select exists (select 1 from report where assignment_id = :id)
                    or exists (select 1 from closed_assignment where assignment_id = :id)""")
                .param("id", assignmentId).query(Boolean.class).single();
        if (!known) {
            throw new ReportNotYetOpenException("DueDate " + dueDate, eventId, assignmentId);
        }
        log.info("Due date {} of assignment {} ({}) not applied: closed, or a later move is shown", dueDate,
                assignmentId, eventId);
    }

    /**
     * Closes the report for good. When the report does not exist yet, the assignment is remembered as closed so
     * that a late {@code OpenReport} opens nothing.
     */
    @Transactional
    public void close(CloseReport command) {
        Optional<Report> found = reports.lockByAssignmentId(command.assignmentId());
        if (found.isEmpty()) {
            jdbc.sql("""
                    insert into closed_assignment (assignment_id, final_stage, reason, closed_at)
                    values (:assignmentId, :finalStage, :reason, :closedAt)
                    on conflict (assignment_id) do nothing""")
                    .param("assignmentId", command.assignmentId())
                    .param("finalStage", String.valueOf(command.finalStage()))
                    .param("reason", command.reason())
                    .param("closedAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
            log.info("Assignment {} closed before its report opened", command.assignmentId());
            return;
        }
        Report report = found.get();
        if (report.status() == ReportStatus.CLOSED) {
            return;
        }
        reports.update(report, report.closed());
        log.info("Closed report {} ({})", report.id(), command.finalStage());
    }
}
