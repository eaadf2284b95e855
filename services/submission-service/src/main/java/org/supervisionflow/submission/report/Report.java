package org.supervisionflow.submission.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.supervisionflow.contracts.ReportedMetric;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.AssignedIndicator;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.MetricSpec;
import org.supervisionflow.contracts.ReportedMetric;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.contracts.submission.ReportOpened;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;

/**
 * A department's report (自查报告 / 年度报告) answering one assignment: the aggregate its drafts, approvals and
 * versions grow on. {@code version} guards the report's own fields (contact, 文号) and its status against
 * concurrent changes, each section has its own; {@code documentNumber} is the report's own 文号, not the
 * campaign's. {@code draftStarted} says whether this round of drafting has been saved yet (it starts again
 * after a return); {@code versions} counts the submitted versions.
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
        List<ReportSection> sections,
        boolean draftStarted,
        Modification lastModified,
        Actor sentBy,
        LeaderRejection lastRejection,
        int versions,
        List<ReturnNote> returnReasons) {

    public Report {
        sections = List.copyOf(sections);
        returnReasons = List.copyOf(returnReasons);
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
                ReportStatus.OPEN_FOR_DRAFTING, Contact.NONE, "", clock.instant(), 0, sections, false, null, null, null, 0,
                List.of());
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

    /** The section with this id, if the report has it. */
    public Optional<ReportSection> section(UUID sectionId) {
        return sections.stream().filter(section -> section.id().equals(sectionId)).findFirst();
    }

    /** Whether the report is late on the given day; see {@link ReportStatus#overdue}. */
    public boolean overdueOn(LocalDate today) {
        return status.overdue(dueDate, today);
    }

    /** Refuses a change of content unless the report is open for drafting. */
    void requireOpenForDrafting() {
        requireStatus(ReportStatus.OPEN_FOR_DRAFTING, "report-not-editable", Text.of("修改", "changed"));
    }

    /** Refuses an action unless the report is in {@code expected}; {@code action} completes "cannot be …". */
    void requireStatus(ReportStatus expected, String code, Text action) {
        if (status != expected) {
            throw ProblemException.conflict(code, Text.of(
                    "报告当前状态为“" + status.label().zh() + "”，不能" + action.zh() + "。",
                    "The report is " + status.label().en() + " and cannot be " + action.en() + "."));
        }
    }

    /** The report with a newly drafted section: a save that starts this round of drafting. */
    /** The figures filled in across the indicator sections, as scoring rules read them (yes/no as 1 or 0). */
    List<ReportedMetric> reportedMetrics() {
        return sections.stream()
                .filter(section -> section.indicator() != null)
                .flatMap(section -> section.metrics().stream()
                        .filter(metric -> metric.value() != null && !metric.value().isNull())
                        .map(metric -> new ReportedMetric(section.indicator().indicatorId(), metric.code(),
                                metric.value().isBoolean() ? (metric.value().booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO)
                                        : metric.value().decimalValue())))
                .toList();
    }

    Report withSection(ReportSection drafted) {
        List<ReportSection> changed = sections.stream()
                .map(section -> section.id().equals(drafted.id()) ? drafted : section)
                .toList();
        return copy(status, contact, documentNumber, version, changed, true, drafted.lastModified(), sentBy,
                lastRejection, versions, returnReasons);
    }

    /** The report with new contact details and 文号, saved by {@code by}. */
    Report withDetails(Contact newContact, String newDocumentNumber, Modification by) {
        return copy(status, newContact, newDocumentNumber, version + 1, sections, true, by, sentBy, lastRejection,
                versions, returnReasons);
    }

    /** The draft on its way to the department leader. */
    Report sentForApproval(Actor submitter) {
        requireStatus(ReportStatus.OPEN_FOR_DRAFTING, "report-not-draft", Text.of("送审", "sent for approval"));
        return copy(ReportStatus.AWAITING_LEADER_APPROVAL, contact, documentNumber, version + 1, sections,
                draftStarted, lastModified, submitter, lastRejection, versions, returnReasons);
    }

    /** The leader approved: the next version number is taken and the report is no longer editable. */
    Report approved() {
        requireStatus(ReportStatus.AWAITING_LEADER_APPROVAL, "report-not-awaiting-approval",
                Text.of("审批", "approved or rejected"));
        return copy(ReportStatus.SUBMITTED, contact, documentNumber, version + 1, sections, draftStarted, lastModified,
                sentBy, null, versions + 1, returnReasons);
    }

    /** The leader sent the draft back to drafting with a comment. */
    Report rejected(LeaderRejection rejection) {
        requireStatus(ReportStatus.AWAITING_LEADER_APPROVAL, "report-not-awaiting-approval",
                Text.of("审批", "approved or rejected"));
        return copy(ReportStatus.OPEN_FOR_DRAFTING, contact, documentNumber, version + 1, sections, draftStarted,
                lastModified, null, rejection, versions, returnReasons);
    }

    /** Open for revision after the auditors returned it; the next save starts a new round of drafting. */
    Report reopened(List<ReturnNote> reasons) {
        List<ReturnNote> all = new ArrayList<>(returnReasons);
        all.addAll(reasons);
        return copy(ReportStatus.OPEN_FOR_DRAFTING, contact, documentNumber, version + 1, sections, false,
                lastModified, null, null, versions, all);
    }

    /** No further changes, whatever the status was. */
    Report closed() {
        return copy(ReportStatus.CLOSED, contact, documentNumber, version + 1, sections, draftStarted, lastModified,
                sentBy, lastRejection, versions, returnReasons);
    }

    private Report copy(ReportStatus newStatus, Contact newContact, String newDocumentNumber, long newVersion,
            List<ReportSection> newSections, boolean newDraftStarted, Modification newLastModified, Actor newSentBy,
            LeaderRejection newLastRejection, int newVersions, List<ReturnNote> newReturnReasons) {
        return new Report(id, assignmentId, campaign, dueDate, departmentCode, departmentName, newStatus, newContact,
                newDocumentNumber, createdAt, newVersion, newSections, newDraftStarted, newLastModified, newSentBy,
                newLastRejection, newVersions, newReturnReasons);
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
