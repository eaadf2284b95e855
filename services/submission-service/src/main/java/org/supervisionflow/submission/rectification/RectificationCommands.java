package org.supervisionflow.submission.rectification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.command.CloseReport;
import org.supervisionflow.contracts.command.OpenRectification;
import org.supervisionflow.contracts.command.ReopenRectification;
import org.supervisionflow.submission.report.IncompleteCommandException;
import org.supervisionflow.submission.report.Report;
import org.supervisionflow.submission.report.ReportLookup;
import org.supervisionflow.submission.report.ReportNotYetOpenException;
import org.supervisionflow.submission.report.ReportStatus;

/**
 * The workflow engine's rectification commands: open one per finding, open it again after the auditors
 * rejected an answer, close them all with the report. Each is decided by the rectification's state, so a
 * repeated or stale command changes nothing.
 */
@Service
public class RectificationCommands {

    private static final Logger log = LoggerFactory.getLogger(RectificationCommands.class);

    private final Rectifications rectifications;
    private final ReportLookup reports;
    private final Clock clock;

    RectificationCommands(Rectifications rectifications, ReportLookup reports, Clock clock) {
        this.rectifications = rectifications;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * Opens the finding's rectification, once per finding, unless the report is closed already.
     *
     * @throws IncompleteCommandException if the command lacks the finding's id, severity or description
     * @throws ReportNotYetOpenException if the report does not exist yet (retried)
     */
    @Transactional
    public void open(OpenRectification command) {
        FindingNotice finding = command.finding();
        if (finding == null || finding.findingId() == null || finding.severity() == null
                || finding.description() == null || command.reportId() == null) {
            throw new IncompleteCommandException("OpenRectification", command.id(),
                    "reportId, finding.findingId, finding.severity or finding.description");
        }
        Report report = reports.forCommand(command.reportId())
                .orElseThrow(() -> new ReportNotYetOpenException("OpenRectification", command.id(),
                        command.assignmentId()));
        if (report.status() == ReportStatus.CLOSED) {
            log.info("Report {} is closed; OpenRectification {} opens nothing", report.id(), command.id());
            return;
        }
        Rectification rectification = new Rectification(UUID.randomUUID(), report.id(), report.assignmentId(),
                report.departmentCode(), finding, RectificationStatus.OPEN, "", 0, null, null, null, null, null,
                clock.instant(), List.of());
        if (rectifications.addIfAbsent(rectification)) {
            log.info("Opened rectification of finding {} ({}) on report {}", finding.findingId(),
                    finding.noticeNumber(), report.id());
        } else {
            log.info("Finding {} has its rectification already; OpenRectification {} changes nothing",
                    finding.findingId(), command.id());
        }
    }

    /**
     * Opens the rectification for a new answer, showing the auditors' reason, if the rejected answer is its
     * latest and it is still submitted; otherwise (already reopened, a newer answer exists) nothing changes.
     *
     * @throws ReportNotYetOpenException if the finding has no rectification yet (retried)
     */
    @Transactional
    public void reopen(ReopenRectification command) {
        Rectification rectification = rectifications.lockByFinding(command.findingId())
                .orElseThrow(() -> new ReportNotYetOpenException("ReopenRectification", command.id(),
                        command.assignmentId()));
        RectificationAnswer latest = rectification.latestAnswer();
        if (rectification.status() != RectificationStatus.SUBMITTED || latest == null
                || !latest.id().equals(command.rejectedAnswerId())) {
            log.info("ReopenRectification {} ignored: finding {} is {} with answer {}", command.id(),
                    command.findingId(), rectification.status(), latest == null ? null : latest.id());
            return;
        }
        rectifications.update(rectification, rectification.reopened(command.rejectedAnswerId(), command.reason()));
    }

    /**
     * Shows the finding due on {@code deadline}, as the office granted at {@code movedAt}; an older grant arriving
     * late changes nothing.
     *
     * @throws ReportNotYetOpenException if the finding has no rectification here (retried, then dead-lettered)
     */
    @Transactional
    public void moveDeadline(UUID findingId, LocalDate deadline, Instant movedAt, UUID eventId) {
        if (!rectifications.moveDeadline(findingId, deadline, movedAt)) {
            throw new ReportNotYetOpenException("Deadline " + deadline + " of finding " + findingId, eventId, null);
        }
        log.info("Finding {} is due on {} ({})", findingId, deadline, eventId);
    }

    /** Closes every open rectification of the assignment, as its report closes. */
    @Transactional
    public void closeAll(CloseReport command) {
        for (Rectification rectification : rectifications.lockByAssignment(command.assignmentId())) {
            if (rectification.status() != RectificationStatus.CLOSED) {
                rectifications.update(rectification, rectification.closed());
            }
        }
    }
}
