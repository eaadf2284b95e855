package org.supervisionflow.submission.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.submission.ReportPublished;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.platform.security.Role;
import org.supervisionflow.submission.report.Actors;
import org.supervisionflow.submission.report.Report;
import org.supervisionflow.submission.report.ReportLookup;

/**
 * The use cases of publishing annual reports. A report counts as accepted when the workflow engine says the
 * review is over with the report standing: it opens rectifications (accepted with findings) or closes the
 * lifecycle as {@code CLOSED} (accepted without findings, or after them); a withdrawal accepts nothing. The
 * accepted version is the latest submitted one, as a report is reviewed only in its latest version. The leader
 * then confirms the secrecy review and publishes in one recorded act ({@link ReportPublished} through the outbox).
 */
@Service
public class Publishing {

    private static final Logger log = LoggerFactory.getLogger(Publishing.class);
    private static final Text REPORT = Text.of("报告", "Report");
    private static final Text PUBLISHED_REPORT = Text.of("已公开的年度报告", "Published annual report");

    private final Publications publications;
    private final ReportLookup reports;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Publishing(Publications publications, ReportLookup reports, ApplicationEventPublisher events, Clock clock) {
        this.publications = publications;
        this.reports = reports;
        this.events = events;
        this.clock = clock;
    }

    /** The office accepted the assignment's report (see the class comment); repeated, the first one stands. */
    @Transactional
    public void accepted(UUID assignmentId, UUID commandId) {
        if (publications.addAccepted(assignmentId, clock.instant())) {
            log.info("Annual report of assignment {} accepted ({}), ready to publish", assignmentId, commandId);
        }
    }

    /** The report's publication state, if the caller may see the report; empty state while not accepted. */
    @Transactional(readOnly = true)
    public Optional<Publication> of(UUID reportId, CurrentUser user) {
        Report report = visible(reportId, user);
        return publications.find(report.id());
    }

    /**
     * The leader confirms the secrecy review and publishes the accepted version today.
     *
     * @throws ProblemException 409 for a report that is not an annual report, not accepted, or already published
     */
    @Transactional
    public Publication publish(UUID reportId, PublishRequest request, CurrentUser user) {
        Report report = visible(reportId, user);
        if (report.campaign().kind() != CampaignKind.ANNUAL_REPORT) {
            throw ProblemException.conflict("not-an-annual-report", Text.of(
                    "只有年度报告需要向社会公开，该报告属于“" + report.campaign().title() + "”。",
                    "Only annual reports are made public; this report answers \"" + report.campaign().title() + "\"."));
        }
        Publication publication = publications.lock(report.id()).orElseThrow(() -> ProblemException.conflict(
                "report-not-accepted", Text.of("督察办尚未验收该报告，验收后才能公开。",
                        "The office has not accepted the report yet; it can be published once accepted.")));
        if (publication.published()) {
            throw ProblemException.conflict("report-already-published", Text.of(
                    "该报告已于" + publication.publishedOn() + "公开。",
                    "The report was already published on " + publication.publishedOn() + "."));
        }
        Actor leader = Actors.of(user, Role.DEPT_LEADER);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        String statement = request.secrecyReviewStatement().strip();
        publications.publish(report.id(), leader, statement, today, now);
        events.publishEvent(new ReportPublished(UUID.randomUUID(), report.assignmentId(), now, report.id(),
                publication.acceptedVersion(), today, leader, leader));
        return publications.find(report.id()).orElseThrow();
    }

    /** Every published annual report, newest publication first: what anybody may read. */
    @Transactional(readOnly = true)
    public List<PublishedReport> published() {
        return publications.published();
    }

    /** One published report's content; a report not published is not found, whether it exists or not. */
    @Transactional(readOnly = true)
    public PublishedContent publishedContent(UUID reportId) {
        return publications.publishedContent(reportId)
                .orElseThrow(() -> ProblemException.notFound(PUBLISHED_REPORT, reportId));
    }

    private Report visible(UUID reportId, CurrentUser user) {
        return reports.workspace(reportId, user).orElseThrow(() -> ProblemException.notFound(REPORT, reportId))
                .report();
    }
}
