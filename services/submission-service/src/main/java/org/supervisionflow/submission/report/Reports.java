package org.supervisionflow.submission.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.IndicatorRole;
import org.supervisionflow.contracts.MetricKind;

/**
 * The stored reports. Every read takes the caller's department scope (empty = every department) and
 * applies it in SQL, so another department's report is as absent as one that does not exist.
 */
@Repository
class Reports {

    private static final String REPORT_COLUMNS = """
            id, assignment_id, campaign_id, campaign_title, campaign_document_number, campaign_kind, period,
            due_date, department_code, department_name, status, contact_person, contact_phone, document_number,
            created_at, version""";

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a newly opened report with its sections, unless its assignment has a report already; the unique
     * constraint on the assignment decides, so two commands racing for one assignment still make one report.
     *
     * @return whether this call stored it
     */
    boolean addIfAbsent(Report report) {
        Campaign campaign = report.campaign();
        int inserted = jdbc.sql("""
                insert into report (id, assignment_id, campaign_id, campaign_title, campaign_document_number,
                    campaign_kind, period, due_date, department_code, department_name, status, contact_person,
                    contact_phone, document_number, created_at, version)
                values (:id, :assignmentId, :campaignId, :campaignTitle, :campaignDocumentNumber, :campaignKind,
                    :period, :dueDate, :departmentCode, :departmentName, :status, :contactPerson, :contactPhone,
                    :documentNumber, :createdAt, :version)
                on conflict on constraint report_one_per_assignment do nothing""")
                .param("id", report.id())
                .param("assignmentId", report.assignmentId())
                .param("campaignId", campaign.id())
                .param("campaignTitle", campaign.title())
                .param("campaignDocumentNumber", campaign.documentNumber(), Types.VARCHAR)
                .param("campaignKind", campaign.kind().name())
                .param("period", campaign.period(), Types.VARCHAR)
                .param("dueDate", report.dueDate())
                .param("departmentCode", report.departmentCode())
                .param("departmentName", report.departmentName())
                .param("status", report.status().name())
                .param("contactPerson", report.contact().person())
                .param("contactPhone", report.contact().phone())
                .param("documentNumber", report.documentNumber())
                .param("createdAt", OffsetDateTime.ofInstant(report.createdAt(), ZoneOffset.UTC))
                .param("version", report.version())
                .update();
        if (inserted == 0) {
            return false;
        }
        List<ReportSection> sections = report.sections();
        for (int position = 0; position < sections.size(); position++) {
            insertSection(report.id(), position, sections.get(position));
        }
        return true;
    }

    private void insertSection(UUID reportId, int position, ReportSection section) {
        Optional<SectionIndicator> indicator = Optional.ofNullable(section.indicator());
        jdbc.sql("""
                insert into report_section (id, report_id, position, kind, title, indicator_id, indicator_code,
                    aspect_title, requirement, max_points, indicator_role, expected_evidence, narrative)
                values (:id, :reportId, :position, :kind, :title, :indicatorId, :indicatorCode, :aspectTitle,
                    :requirement, :maxPoints, :role, :expectedEvidence, :narrative)""")
                .param("id", section.id())
                .param("reportId", reportId)
                .param("position", position)
                .param("kind", section.kind().name())
                .param("title", section.title())
                .param("indicatorId", indicator.map(SectionIndicator::indicatorId).orElse(null), Types.OTHER)
                .param("indicatorCode", indicator.map(SectionIndicator::code).orElse(null), Types.VARCHAR)
                .param("aspectTitle", indicator.map(SectionIndicator::aspectTitle).orElse(null), Types.VARCHAR)
                .param("requirement", indicator.map(SectionIndicator::requirement).orElse(null), Types.VARCHAR)
                .param("maxPoints", indicator.map(SectionIndicator::maxPoints).orElse(null), Types.NUMERIC)
                .param("role", indicator.map(i -> i.role().name()).orElse(null), Types.VARCHAR)
                .param("expectedEvidence", indicator.map(SectionIndicator::expectedEvidence).orElse(null),
                        Types.VARCHAR)
                .param("narrative", section.narrative())
                .update();
        List<MetricRequirement> metrics = indicator.map(SectionIndicator::metrics).orElse(List.of());
        for (int metricPosition = 0; metricPosition < metrics.size(); metricPosition++) {
            MetricRequirement metric = metrics.get(metricPosition);
            jdbc.sql("""
                    insert into report_section_metric (section_id, position, code, label, kind, unit)
                    values (:sectionId, :position, :code, :label, :kind, :unit)""")
                    .param("sectionId", section.id())
                    .param("position", metricPosition)
                    .param("code", metric.code())
                    .param("label", metric.label())
                    .param("kind", metric.kind().name())
                    .param("unit", metric.unit(), Types.VARCHAR)
                    .update();
        }
    }

    Optional<Report> findById(UUID id, Optional<String> departmentScope) {
        return jdbc.sql("select " + REPORT_COLUMNS + """
                 from report
                where id = :id
                  and (cast(:scope as text) is null or department_code = :scope)""")
                .param("id", id)
                .param("scope", departmentScope.orElse(null), Types.VARCHAR)
                .query(this::reportWithoutSections)
                .optional()
                .map(this::withSections);
    }

    Optional<Report> findByAssignmentId(UUID assignmentId, Optional<String> departmentScope) {
        return jdbc.sql("select " + REPORT_COLUMNS + """
                 from report
                where assignment_id = :assignmentId
                  and (cast(:scope as text) is null or department_code = :scope)""")
                .param("assignmentId", assignmentId)
                .param("scope", departmentScope.orElse(null), Types.VARCHAR)
                .query(this::reportWithoutSections)
                .optional()
                .map(this::withSections);
    }

    /** The reports in scope, optionally of one campaign and one department, earliest due first. */
    List<Listed> list(Optional<String> departmentScope, Optional<UUID> campaignId, Optional<String> department) {
        return jdbc.sql("""
                select id, assignment_id, campaign_id, campaign_title, campaign_kind, period, due_date,
                       department_code, department_name, status
                  from report
                 where (cast(:scope as text) is null or department_code = :scope)
                   and (cast(:campaignId as uuid) is null or campaign_id = :campaignId)
                   and (cast(:department as text) is null or department_code = :department)
                 order by due_date, campaign_title, department_code, id""")
                .param("scope", departmentScope.orElse(null), Types.VARCHAR)
                .param("campaignId", campaignId.orElse(null), Types.OTHER)
                .param("department", department.orElse(null), Types.VARCHAR)
                .query((rs, row) -> new Listed(
                        rs.getObject("id", UUID.class),
                        rs.getObject("assignment_id", UUID.class),
                        rs.getObject("campaign_id", UUID.class),
                        rs.getString("campaign_title"),
                        CampaignKind.valueOf(rs.getString("campaign_kind")),
                        rs.getString("period"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getString("department_code"),
                        rs.getString("department_name"),
                        ReportStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** A report as the task list shows it. */
    record Listed(UUID id, UUID assignmentId, UUID campaignId, String campaignTitle, CampaignKind kind, String period,
            LocalDate dueDate, String departmentCode, String departmentName, ReportStatus status) {
    }

    private Report reportWithoutSections(ResultSet rs, int row) throws SQLException {
        return new Report(
                rs.getObject("id", UUID.class),
                rs.getObject("assignment_id", UUID.class),
                new Campaign(
                        rs.getObject("campaign_id", UUID.class),
                        rs.getString("campaign_title"),
                        rs.getString("campaign_document_number"),
                        CampaignKind.valueOf(rs.getString("campaign_kind")),
                        rs.getString("period")),
                rs.getObject("due_date", LocalDate.class),
                rs.getString("department_code"),
                rs.getString("department_name"),
                ReportStatus.valueOf(rs.getString("status")),
                new Contact(rs.getString("contact_person"), rs.getString("contact_phone")),
                rs.getString("document_number"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getLong("version"),
                List.of());
    }

    private Report withSections(Report report) {
        Map<UUID, List<MetricRequirement>> metrics = new LinkedHashMap<>();
        jdbc.sql("""
                select m.section_id, m.code, m.label, m.kind, m.unit
                  from report_section_metric m
                  join report_section s on s.id = m.section_id
                 where s.report_id = :reportId
                 order by m.section_id, m.position""")
                .param("reportId", report.id())
                .query(rs -> {
                    metrics.computeIfAbsent(rs.getObject("section_id", UUID.class), id -> new ArrayList<>())
                            .add(new MetricRequirement(rs.getString("code"), rs.getString("label"),
                                    MetricKind.valueOf(rs.getString("kind")), rs.getString("unit")));
                });
        List<ReportSection> sections = jdbc.sql("""
                select id, kind, title, indicator_id, indicator_code, aspect_title, requirement, max_points,
                       indicator_role, expected_evidence, narrative
                  from report_section
                 where report_id = :reportId
                 order by position""")
                .param("reportId", report.id())
                .query((rs, row) -> section(rs, metrics))
                .list();
        return new Report(report.id(), report.assignmentId(), report.campaign(), report.dueDate(),
                report.departmentCode(), report.departmentName(), report.status(), report.contact(),
                report.documentNumber(), report.createdAt(), report.version(), sections);
    }

    private static ReportSection section(ResultSet rs, Map<UUID, List<MetricRequirement>> metrics) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID indicatorId = rs.getObject("indicator_id", UUID.class);
        SectionIndicator indicator = indicatorId == null ? null : new SectionIndicator(
                indicatorId,
                rs.getString("indicator_code"),
                rs.getString("aspect_title"),
                rs.getString("requirement"),
                rs.getBigDecimal("max_points"),
                IndicatorRole.valueOf(rs.getString("indicator_role")),
                metrics.getOrDefault(id, List.of()),
                rs.getString("expected_evidence"));
        return new ReportSection(id, SectionKind.valueOf(rs.getString("kind")), rs.getString("title"), indicator,
                rs.getString("narrative"));
    }
}
