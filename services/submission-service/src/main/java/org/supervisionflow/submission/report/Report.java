package org.supervisionflow.submission.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.supervisionflow.contracts.AssignedIndicator;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.MetricSpec;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.contracts.submission.ReportOpened;

/**
 * A department's report (自查报告 / 年度报告) answering one assignment: the aggregate its drafts, approvals and
 * versions grow on. {@code version} guards against concurrent changes; {@code documentNumber} is the
 * report's own 文号, not the campaign's.
 */
public record Report(
        UUID id,
        UUID assignmentId,
        Campaign campaign,
        LocalDate dueDate,
        String departmentCode,
        String departmentName,
        ReportStatus status,
        Contact contact,
        String documentNumber,
        Instant createdAt,
        long version,
        List<ReportSection> sections) {

    public Report {
        sections = List.copyOf(sections);
    }

    /**
     * The workspace an {@link OpenReport} command asks for: the overview, one section per assigned indicator
     * in the assignment's order, the principal-duty section when the campaign asks for it, then problems and
     * next steps, as the seed reports are laid out.
     */
    static Report open(OpenReport command, Clock clock) {
        Fields fields = new Fields(command);
        AssignmentScope scope = fields.require(command.scope(), "scope");
        List<ReportSection> sections = new ArrayList<>();
        sections.add(ReportSection.general(SectionKind.OVERVIEW));
        List<AssignedIndicator> indicators = Objects.requireNonNullElse(scope.indicators(), List.of());
        for (int i = 0; i < indicators.size(); i++) {
            sections.add(indicatorSection(fields, indicators.get(i), "scope.indicators[" + i + "]"));
        }
        if (scope.asksForPrincipalDuty()) {
            sections.add(ReportSection.general(SectionKind.PRINCIPAL_DUTY));
        }
        sections.add(ReportSection.general(SectionKind.PROBLEMS));
        sections.add(ReportSection.general(SectionKind.NEXT_STEPS));
        Campaign campaign = new Campaign(
                fields.require(scope.campaignId(), "scope.campaignId"),
                fields.requireText(scope.campaignTitle(), "scope.campaignTitle"),
                scope.documentNumber(),
                fields.require(scope.kind(), "scope.kind"),
                scope.period());
        return new Report(UUID.randomUUID(), fields.require(command.assignmentId(), "assignmentId"), campaign,
                fields.require(scope.dueDate(), "scope.dueDate"),
                fields.requireText(scope.departmentCode(), "scope.departmentCode"),
                fields.requireText(scope.departmentName(), "scope.departmentName"),
                ReportStatus.OPEN_FOR_DRAFTING, Contact.NONE, "", clock.instant(), 0, sections);
    }

    private static ReportSection indicatorSection(Fields fields, AssignedIndicator indicator, String path) {
        fields.require(indicator, path);
        List<MetricSpec> specs = Objects.requireNonNullElse(indicator.metrics(), List.of());
        List<MetricRequirement> metrics = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            MetricSpec spec = fields.require(specs.get(i), path + ".metrics[" + i + "]");
            metrics.add(new MetricRequirement(
                    fields.requireText(spec.code(), path + ".metrics[" + i + "].code"),
                    fields.requireText(spec.label(), path + ".metrics[" + i + "].label"),
                    fields.require(spec.kind(), path + ".metrics[" + i + "].kind"),
                    spec.unit()));
        }
        return ReportSection.forIndicator(fields.requireText(indicator.title(), path + ".title"),
                new SectionIndicator(
                        fields.require(indicator.indicatorId(), path + ".indicatorId"),
                        indicator.code(),
                        indicator.aspectTitle(),
                        indicator.requirement(),
                        indicator.maxPoints(),
                        fields.require(indicator.role(), path + ".role"),
                        metrics,
                        indicator.expectedEvidence()));
    }

    /** The fact that this report's workspace exists, for the workflow engine to move on. */
    ReportOpened opened(Instant occurredAt) {
        return new ReportOpened(UUID.randomUUID(), assignmentId, occurredAt, id, departmentCode);
    }

    /** Whether the report is late on the given day; see {@link ReportStatus#overdue}. */
    public boolean overdueOn(LocalDate today) {
        return status.overdue(dueDate, today);
    }

    /** Checks the fields a report cannot do without and names the first one missing. */
    private record Fields(OpenReport command) {

        <T> T require(T value, String path) {
            if (value == null) {
                throw new IncompleteCommandException("OpenReport", command.id(), path);
            }
            return value;
        }

        String requireText(String value, String path) {
            if (require(value, path).isBlank()) {
                throw new IncompleteCommandException("OpenReport", command.id(), path);
            }
            return value;
        }
    }
}
