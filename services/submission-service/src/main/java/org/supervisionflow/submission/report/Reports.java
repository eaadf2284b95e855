package org.supervisionflow.submission.report;

import java.math.BigDecimal;
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
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.IndicatorRole;
import org.supervisionflow.contracts.MetricKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;

/**
 * The stored reports. Every read takes the caller's department scope (empty = every department) and
 * applies it in SQL, so another department's report is as absent as one that does not exist.
 */
@Repository
class Reports {

    private static final String REPORT_COLUMNS = """
            id, assignment_id, campaign_id, campaign_title, campaign_document_number, campaign_kind, period,
            due_date, department_code, department_name, status, contact_person, contact_phone, document_number,
            created_at, version, draft_started, modified_at, modified_by, sent_by, last_rejection, versions""";

    private final JdbcClient jdbc;
    private final Rows rows;

    Reports(JdbcClient jdbc, Rows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
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

    /**
     * The report in scope, locked until the transaction ends: every change goes through this, so two changes of
     * one report run one after the other and each sees the other's result.
     */
    Optional<Report> lockById(UUID id, Optional<String> departmentScope) {
        return rows.lockInScope("select " + REPORT_COLUMNS + " from report where id = :id", Map.of("id", id),
                departmentScope, this::reportWithoutSections).map(this::withSections);
    }

    /** The report of an assignment, locked like {@link #lockById}; for the workflow engine's commands. */
    Optional<Report> lockByAssignmentId(UUID assignmentId) {
        return jdbc.sql("select " + REPORT_COLUMNS + " from report where assignment_id = :assignmentId for update")
                .param("assignmentId", assignmentId)
                .query(this::reportWithoutSections)
                .optional()
                .map(this::withSections);
    }

    /**
     * Writes the report's own fields (status, contact, 文号, draft and approval marks, return reasons not yet
     * stored). The row is locked by {@link #lockById}; the version check still refuses a write from a report
     * that was not read under that lock.
     */
    void update(Report previous, Report changed) {
        int updated = jdbc.sql("""
                update report
                   set status = :status, contact_person = :contactPerson, contact_phone = :contactPhone,
                       document_number = :documentNumber, version = :version, draft_started = :draftStarted,
                       modified_at = :modifiedAt, modified_by = cast(:modifiedBy as jsonb),
                       sent_by = cast(:sentBy as jsonb), last_rejection = cast(:lastRejection as jsonb),
                       versions = :versions
                 where id = :id and version = :previousVersion""")
                .param("id", changed.id())
                .param("previousVersion", previous.version())
                .param("status", changed.status().name())
                .param("contactPerson", changed.contact().person())
                .param("contactPhone", changed.contact().phone())
                .param("documentNumber", changed.documentNumber())
                .param("version", changed.version())
                .param("draftStarted", changed.draftStarted())
                .param("modifiedAt", Optional.ofNullable(changed.lastModified())
                        .map(modification -> OffsetDateTime.ofInstant(modification.at(), ZoneOffset.UTC)).orElse(null),
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .param("modifiedBy", rows.write(Optional.ofNullable(changed.lastModified()).map(Modification::by).orElse(null)),
                        Types.VARCHAR)
                .param("sentBy", rows.write(changed.sentBy()), Types.VARCHAR)
                .param("lastRejection", rows.write(changed.lastRejection()), Types.VARCHAR)
                .param("versions", changed.versions())
                .update();
        Rows.requireVersion(updated, "Report", changed.id(), previous.version());
        List<ReturnNote> added = changed.returnReasons().subList(previous.returnReasons().size(),
                changed.returnReasons().size());
        for (int i = 0; i < added.size(); i++) {
            ReturnNote note = added.get(i);
            jdbc.sql("""
                    insert into report_return_reason (report_id, returned_version, position, indicator_id, reason,
                        received_at)
                    values (:reportId, :returnedVersion, :position, :indicatorId, :reason, :receivedAt)""")
                    .param("reportId", changed.id())
                    .param("returnedVersion", note.returnedVersion())
                    .param("position", i)
                    .param("indicatorId", note.indicatorId(), Types.OTHER)
                    .param("reason", note.reason())
                    .param("receivedAt", OffsetDateTime.ofInstant(note.receivedAt(), ZoneOffset.UTC))
                    .update();
        }
    }

    /** Writes a drafted section: narrative, figures, its new version and who saved it. */
    void updateSection(ReportSection previous, ReportSection drafted) {
        int updated = jdbc.sql("""
                update report_section
                   set narrative = :narrative, version = :version, modified_at = :modifiedAt,
                       modified_by = cast(:modifiedBy as jsonb)
                 where id = :id and version = :previousVersion""")
                .param("id", drafted.id())
                .param("previousVersion", previous.version())
                .param("narrative", drafted.narrative())
                .param("version", drafted.version())
                .param("modifiedAt", OffsetDateTime.ofInstant(drafted.lastModified().at(), ZoneOffset.UTC))
                .param("modifiedBy", rows.write(drafted.lastModified().by()), Types.VARCHAR)
                .update();
        Rows.requireVersion(updated, "Section", drafted.id(), previous.version());
        for (MetricValue metric : drafted.metrics()) {
            JsonNode value = metric.value();
            jdbc.sql("""
                    update report_section_metric set value_number = :number, value_flag = :flag
                     where section_id = :sectionId and code = :code""")
                    .param("sectionId", drafted.id())
                    .param("code", metric.code())
                    .param("number", value != null && value.isNumber() ? value.decimalValue() : null, Types.NUMERIC)
                    .param("flag", value != null && value.isBoolean() ? value.booleanValue() : null, Types.BOOLEAN)
                    .update();
        }
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

    /**
     * The other departments' reports of the campaign in which the indicator is a co-unit's, by department; for
     * the lead unit to see its co-units' contributions. Deliberately outside any department scope: the caller's
     * right to see them comes from leading the indicator, checked by the caller of this method.
     */
    List<CoUnit> coUnitsOf(UUID campaignId, UUID indicatorId, UUID leadReportId) {
        return jdbc.sql("""
                select r.id, r.department_code, r.department_name, r.status, r.versions
                  from report r
                  join report_section s on s.report_id = r.id
                 where r.campaign_id = :campaignId and r.id <> :leadReportId
                   and s.indicator_id = :indicatorId and s.indicator_role = 'CO_UNIT'
                 order by r.department_code""")
                .param("campaignId", campaignId)
                .param("indicatorId", indicatorId)
                .param("leadReportId", leadReportId)
                .query((rs, row) -> new CoUnit(rs.getObject("id", UUID.class), rs.getString("department_code"),
                        rs.getString("department_name"), ReportStatus.valueOf(rs.getString("status")),
                        rs.getInt("versions")))
                .list();
    }

    /** A co-unit's report of an indicator. */
    record CoUnit(UUID reportId, String departmentCode, String departmentName, ReportStatus status, int versions) {
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
                List.of(),
                rs.getBoolean("draft_started"),
                modification(rs),
                rows.read(rs.getString("sent_by"), Actor.class),
                rows.read(rs.getString("last_rejection"), LeaderRejection.class),
                rs.getInt("versions"),
                List.of());
    }

    private Modification modification(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("modified_at", OffsetDateTime.class);
        return at == null ? null : new Modification(rows.read(rs.getString("modified_by"), Actor.class), at.toInstant());
    }

    private Report withSections(Report report) {
        Map<UUID, List<MetricRequirement>> requirements = new LinkedHashMap<>();
        Map<UUID, List<MetricValue>> values = new LinkedHashMap<>();
        jdbc.sql("""
                select m.section_id, m.code, m.label, m.kind, m.unit, m.value_number, m.value_flag
                  from report_section_metric m
                  join report_section s on s.id = m.section_id
                 where s.report_id = :reportId
                 order by m.section_id, m.position""")
                .param("reportId", report.id())
                .query(rs -> {
                    UUID sectionId = rs.getObject("section_id", UUID.class);
                    MetricKind kind = MetricKind.valueOf(rs.getString("kind"));
                    requirements.computeIfAbsent(sectionId, id -> new ArrayList<>())
                            .add(new MetricRequirement(rs.getString("code"), rs.getString("label"), kind,
                                    rs.getString("unit")));
                    BigDecimal number = rs.getBigDecimal("value_number");
                    boolean flag = rs.getBoolean("value_flag");
                    JsonNode value = number != null ? MetricValues.fromNumber(kind, number)
                            : rs.wasNull() ? null : BooleanNode.valueOf(flag);
                    values.computeIfAbsent(sectionId, id -> new ArrayList<>())
                            .add(new MetricValue(rs.getString("code"), rs.getString("label"), kind,
                                    rs.getString("unit"), value));
                });
        List<ReportSection> sections = jdbc.sql("""
                select id, kind, title, indicator_id, indicator_code, aspect_title, requirement, max_points,
                       indicator_role, expected_evidence, narrative, version, modified_at, modified_by
                  from report_section
                 where report_id = :reportId
                 order by position""")
                .param("reportId", report.id())
                .query((rs, row) -> section(rs, requirements, values))
                .list();
        List<ReturnNote> returnReasons = jdbc.sql("""
                select returned_version, indicator_id, reason, received_at
                  from report_return_reason
                 where report_id = :reportId
                 order by returned_version, position""")
                .param("reportId", report.id())
                .query((rs, row) -> new ReturnNote(rs.getInt("returned_version"),
                        rs.getObject("indicator_id", UUID.class), rs.getString("reason"),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant()))
                .list();
        return new Report(report.id(), report.assignmentId(), report.campaign(), report.dueDate(),
                report.departmentCode(), report.departmentName(), report.status(), report.contact(),
                report.documentNumber(), report.createdAt(), report.version(), sections, report.draftStarted(),
                report.lastModified(), report.sentBy(), report.lastRejection(), report.versions(), returnReasons);
    }

    private ReportSection section(ResultSet rs, Map<UUID, List<MetricRequirement>> requirements,
            Map<UUID, List<MetricValue>> values) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID indicatorId = rs.getObject("indicator_id", UUID.class);
        SectionIndicator indicator = indicatorId == null ? null : new SectionIndicator(
                indicatorId,
                rs.getString("indicator_code"),
                rs.getString("aspect_title"),
                rs.getString("requirement"),
                rs.getBigDecimal("max_points"),
                IndicatorRole.valueOf(rs.getString("indicator_role")),
                requirements.getOrDefault(id, List.of()),
                rs.getString("expected_evidence"));
        return new ReportSection(id, SectionKind.valueOf(rs.getString("kind")), rs.getString("title"), indicator,
                rs.getString("narrative"), values.getOrDefault(id, List.of()), rs.getLong("version"),
                modification(rs));
    }
}
