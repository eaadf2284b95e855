package org.supervisionflow.submission.report;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.submission.ReportApprovalRejected;
import org.supervisionflow.contracts.submission.ReportSentForApproval;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.platform.security.Role;

/**
 * The department's internal approval: the submitter sends the draft to the leader, who approves it (it goes
 * out as the next immutable version) or sends it back with a comment. Each step checks the report's status,
 * so a repeated click gets a 409 and changes nothing.
 */
@Service
public class Approval {

    private static final Text REPORT = Text.of("报告", "Report");

    private final Reports reports;
    private final ReportVersions versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Approval(Reports reports, ReportVersions versions, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Report sendForApproval(UUID reportId, CurrentUser user) {
        Report report = lock(reportId, user);
        Actor submitter = Actors.of(user, Role.DEPT_SUBMITTER);
        Report sent = report.sentForApproval(submitter);
        reports.update(report, sent);
        events.publishEvent(new ReportSentForApproval(UUID.randomUUID(), sent.assignmentId(), clock.instant(),
                sent.id(), submitter));
        return sent;
    }

    /** Approves the draft: it is stored as version n exactly as it stands and published as submitted. */
    @Transactional
    public Report approve(UUID reportId, CurrentUser user) {
        Report report = lock(reportId, user);
        Actor leader = Actors.of(user, Role.DEPT_LEADER);
        Report approved = report.approved();
        Instant now = clock.instant();
        reports.update(report, approved);
        versions.add(approved, approved.versions(), now, approved.sentBy(), leader);
        events.publishEvent(new ReportSubmitted(UUID.randomUUID(), approved.assignmentId(), now, approved.id(),
                approved.versions(), approved.sentBy(), leader, approved.reportedMetrics()));
        return approved;
    }

    /** Sends the draft back to drafting; the comment stays on the report until the next approval. */
    @Transactional
    public Report reject(UUID reportId, String comment, CurrentUser user) {
        Report report = lock(reportId, user);
        Actor leader = Actors.of(user, Role.DEPT_LEADER);
        Instant now = clock.instant();
        Report rejected = report.rejected(new LeaderRejection(leader, now, comment.strip()));
        reports.update(report, rejected);
        events.publishEvent(new ReportApprovalRejected(UUID.randomUUID(), rejected.assignmentId(), now, rejected.id(),
                leader, comment.strip()));
        return rejected;
    }

    private Report lock(UUID reportId, CurrentUser user) {
        return reports.lockById(reportId, user.departmentScope())
                .orElseThrow(() -> ProblemException.notFound(REPORT, reportId));
    }
}
