package org.supervisionflow.submission.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.IndicatorRole;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;

/**
 * Reads reports for a caller: department users get their own department's only, office roles every
 * department's. The scope goes into the SQL, so nothing outside it is ever loaded.
 */
@Service
@Transactional(readOnly = true)
public class ReportLookup {

    private final Reports reports;
    private final ReportVersions versions;
    private final Clock clock;

    ReportLookup(Reports reports, ReportVersions versions, Clock clock) {
        this.reports = reports;
        this.versions = versions;
        this.clock = clock;
    }

    /** The caller's task list, optionally narrowed to one campaign and one department; earliest due first. */
    public List<ReportSummary> taskList(CurrentUser user, Optional<UUID> campaignId, Optional<String> department) {
        LocalDate today = LocalDate.now(clock);
        return reports.list(user.departmentScope(), campaignId, department).stream()
                .map(listed -> new ReportSummary(listed.id(), listed.assignmentId(), listed.campaignId(),
                        listed.campaignTitle(), listed.kind(), listed.period(), listed.dueDate(),
                        listed.departmentCode(), listed.departmentName(), listed.status(),
                        listed.status().overdue(listed.dueDate(), today)))
                .toList();
    }

    /** The report with its sections, if it exists and the caller may see it. */
    public Optional<ReportWorkspace> workspace(UUID reportId, CurrentUser user) {
        return reports.findById(reportId, user.departmentScope()).map(this::asOfToday);
    }

    /** The report answering the assignment, if it is open and the caller may see it. */
    public Optional<ReportWorkspace> workspaceOfAssignment(UUID assignmentId, CurrentUser user) {
        return reports.findByAssignmentId(assignmentId, user.departmentScope()).map(this::asOfToday);
    }

    /**
     * The report with this id whatever the caller: for the workflow engine's commands, which act for the system.
     * Never answer a user request with it.
     */
    public Optional<Report> forCommand(UUID reportId) {
        return reports.findById(reportId, Optional.empty());
    }

    /**
     * The co-units' contributions to a section of an indicator the report's department leads, if the caller may
     * see the report and it has the section.
     *
     * @throws ProblemException 422 {@code not-a-lead-section} for a section that is not a lead unit's indicator
     */
    public Optional<List<Contribution>> contributions(UUID reportId, UUID sectionId, CurrentUser user) {
        return reports.findById(reportId, user.departmentScope())
                .flatMap(report -> report.section(sectionId).map(section -> contributions(report, section)));
    }

    private List<Contribution> contributions(Report report, ReportSection section) {
        if (section.indicator() == null || section.indicator().role() != IndicatorRole.LEAD) {
            throw ProblemException.unprocessable("not-a-lead-section", Text.of(
                    "只有牵头单位的指标章节才有配合单位的材料。", "Only a lead unit's indicator section has co-units' contributions."));
        }
        UUID indicatorId = section.indicator().indicatorId();
        return reports.coUnitsOf(report.campaign().id(), indicatorId, report.id()).stream()
                .map(coUnit -> versions.find(coUnit.reportId(), coUnit.versions())
                        .map(version -> new Contribution(coUnit.departmentCode(), coUnit.departmentName(),
                                coUnit.status(), version.number(), version.submittedAt(),
                                version.content().sections().stream()
                                        .filter(snapshot -> indicatorId.equals(snapshot.indicatorId()))
                                        .findFirst().orElse(null)))
                        .orElseGet(() -> new Contribution(coUnit.departmentCode(), coUnit.departmentName(),
                                coUnit.status(), null, null, null)))
                .toList();
    }

    /** The report's submitted versions, oldest first, if the caller may see the report. */
    public Optional<List<SubmittedVersion>> versions(UUID reportId, CurrentUser user) {
        return reports.findById(reportId, user.departmentScope()).map(report -> versions.list(report.id()));
    }

    /** Version {@code number} with its content, if it exists and the caller may see the report. */
    public Optional<SubmittedVersion> version(UUID reportId, int number, CurrentUser user) {
        return reports.findById(reportId, user.departmentScope()).flatMap(report -> versions.find(report.id(), number));
    }

    /** What changed from version {@code from} to {@code to}, if both exist and the caller may see the report. */
    public Optional<VersionDiff> diff(UUID reportId, int from, int to, CurrentUser user) {
        return version(reportId, from, user)
                .flatMap(older -> versions.find(reportId, to).map(newer -> VersionDiff.between(older, newer)));
    }

    private ReportWorkspace asOfToday(Report report) {
        return new ReportWorkspace(report, report.overdueOn(LocalDate.now(clock)));
    }
}
