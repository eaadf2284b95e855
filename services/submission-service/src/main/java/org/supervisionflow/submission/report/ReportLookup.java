package org.supervisionflow.submission.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.platform.security.CurrentUser;

/**
 * Reads reports for a caller: department users get their own department's only, office roles every
 * department's. The scope goes into the SQL, so nothing outside it is ever loaded.
 */
@Service
@Transactional(readOnly = true)
public class ReportLookup {

    private final Reports reports;
    private final Clock clock;

    ReportLookup(Reports reports, Clock clock) {
        this.reports = reports;
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

    private ReportWorkspace asOfToday(Report report) {
        return new ReportWorkspace(report, report.overdueOn(LocalDate.now(clock)));
    }
}
