package org.supervisionflow.submission.report;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.submission.DraftStarted;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;

/**
 * Saves drafts: a section's narrative and figures, and the report's contact and 文号. Only the report's own
 * department may save (anyone else's report is not found), only while it is open for drafting, and only on
 * top of the version the caller edited. The first save of each round of drafting publishes
 * {@link DraftStarted}.
 */
@Service
public class Drafting {

    private static final Text REPORT = Text.of("报告", "Report");
    private static final Text SECTION = Text.of("报告章节", "Report section");

    private final Reports reports;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Drafting(Reports reports, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.events = events;
        this.clock = clock;
    }

    /** Saves one section; its narrative is sanitized and its figures checked against the indicator's. */
    @Transactional
    public ReportSection saveSection(UUID reportId, UUID sectionId, SectionDraft draft, CurrentUser user) {
        Report report = lock(reportId, user);
        ReportSection section = report.section(sectionId)
                .orElseThrow(() -> ProblemException.notFound(SECTION, sectionId));
        report.requireOpenForDrafting();
        StaleVersions.check(draft.version(), section.version(), section.lastModified(), clock);
        Modification by = new Modification(Actors.drafter(user), clock.instant());
        ReportSection drafted = new ReportSection(section.id(), section.kind(), section.title(), section.indicator(),
                RichText.sanitize(draft.narrative()), MetricValues.apply(section.metrics(), draft.metrics()),
                section.version() + 1, by);
        reports.updateSection(section, drafted);
        save(report, report.withSection(drafted), by.by());
        return drafted;
    }

    /** Saves the report's contact person and phone and its 文号. */
    @Transactional
    public Report saveDetails(UUID reportId, ReportDetails details, CurrentUser user) {
        Report report = lock(reportId, user);
        report.requireOpenForDrafting();
        StaleVersions.check(details.version(), report.version(), report.lastModified(), clock);
        Modification by = new Modification(Actors.drafter(user), clock.instant());
        Report changed = report.withDetails(new Contact(details.contactPerson().strip(), details.contactPhone().strip()),
                details.documentNumber().strip(), by);
        save(report, changed, by.by());
        return changed;
    }

    /**
     * Locks the report for the rest of the caller's transaction after checking the caller may add to the section
     * now (own department, open for drafting): for attachments, which are stored elsewhere.
     *
     * @return the report's department
     */
    @Transactional
    public String requireDraftable(UUID reportId, UUID sectionId, CurrentUser user) {
        Report report = lock(reportId, user);
        report.section(sectionId).orElseThrow(() -> ProblemException.notFound(SECTION, sectionId));
        report.requireOpenForDrafting();
        return report.departmentCode();
    }

    private Report lock(UUID reportId, CurrentUser user) {
        return reports.lockById(reportId, user.departmentScope())
                .orElseThrow(() -> ProblemException.notFound(REPORT, reportId));
    }

    private void save(Report before, Report after, Actor drafter) {
        reports.update(before, after);
        if (!before.draftStarted()) {
            events.publishEvent(new DraftStarted(UUID.randomUUID(), after.assignmentId(), clock.instant(), after.id(),
                    drafter));
        }
    }
}
