package org.supervisionflow.submission.report;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.contracts.submission.ReportOpened;

/** Opens a department's report workspace when the workflow engine asks, once per assignment. */
@Service
public class ReportOpening {

    private static final Logger log = LoggerFactory.getLogger(ReportOpening.class);

    private final Reports reports;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportOpening(Reports reports, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    private boolean closedAlready(OpenReport command) {
        return command.assignmentId() != null && jdbc.sql("select count(*) from closed_assignment where assignment_id = ?")
                .param(command.assignmentId()).query(Integer.class).single() > 0;
    }

    /**
     * Opens the workspace and publishes {@link ReportOpened} in the same transaction (the outbox sends it
     * after commit). A further command for an assignment that has its report already changes nothing and
     * publishes nothing: the first command's {@code ReportOpened} has answered the workflow already.
     *
     * @return the report this call opened, empty if the assignment had one
     * @throws IncompleteCommandException if the command lacks what a report needs
     */
    @Transactional
    public Optional<Report> open(OpenReport command) {
        if (closedAlready(command)) {
            log.info("Assignment {} was closed before OpenReport {} arrived; no report opened", command.assignmentId(),
                    command.id());
            return Optional.empty();
        }
        Report report = Report.open(command, clock);
        if (!reports.addIfAbsent(report)) {
            log.info("Assignment {} has its report already; OpenReport {} changes nothing", command.assignmentId(),
                    command.id());
            return Optional.empty();
        }
        events.publishEvent(report.opened(clock.instant()));
        log.info("Opened report {} of {} for assignment {}", report.id(), report.departmentCode(),
                report.assignmentId());
        return Optional.of(report);
    }
}
