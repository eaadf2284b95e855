package org.supervisionflow.assignment.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supervisionflow.assignment.jdbc.JsonColumns;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.DeadlinePolicy;

/** Stores campaigns with their departments and chosen indicators. */
@Repository
class CampaignStore {

    private static final String SELECT = """
            select id, kind, title, document_number, period, due_date, asks_for_principal_duty, framework_id, status,
                   withdraw_reason, created_at, updated_at, published_at, withdrawn_at, deadline_policy,
                   publication_due_date
            from campaign""";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    CampaignStore(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Campaign campaign) {
        jdbc.sql("""
                insert into campaign (id, kind, title, document_number, period, due_date, asks_for_principal_duty,
                                      framework_id, status, created_at, updated_at, deadline_policy,
                                      publication_due_date)
                values (:id, :kind, :title, :documentNumber, :period, :dueDate, :asksForPrincipalDuty,
                        :frameworkId, :status, :createdAt, :updatedAt, cast(:deadlinePolicy as jsonb),
                        :publicationDueDate)""")
                .param("id", campaign.id())
                .param("kind", campaign.kind().name())
                .param("title", campaign.title())
                .param("documentNumber", campaign.documentNumber())
                .param("period", campaign.period())
                .param("dueDate", campaign.dueDate())
                .param("asksForPrincipalDuty", campaign.asksForPrincipalDuty())
                .param("frameworkId", campaign.frameworkId())
                .param("status", campaign.status().name())
                .param("createdAt", Timestamp.from(campaign.createdAt()))
                .param("updatedAt", Timestamp.from(campaign.updatedAt()))
                .param("deadlinePolicy", json.write(campaign.deadlinePolicy()))
                .param("publicationDueDate", campaign.publicationDueDate())
                .update();
        insertRecipients(campaign);
    }

    void updateDraft(Campaign campaign) {
        jdbc.sql("""
                update campaign set kind = :kind, title = :title, document_number = :documentNumber, period = :period,
                       due_date = :dueDate, asks_for_principal_duty = :asksForPrincipalDuty, framework_id = :frameworkId,
                       updated_at = :updatedAt, deadline_policy = cast(:deadlinePolicy as jsonb),
                       publication_due_date = :publicationDueDate
                where id = :id""")
                .param("id", campaign.id())
                .param("kind", campaign.kind().name())
                .param("title", campaign.title())
                .param("documentNumber", campaign.documentNumber())
                .param("period", campaign.period())
                .param("dueDate", campaign.dueDate())
                .param("asksForPrincipalDuty", campaign.asksForPrincipalDuty())
                .param("frameworkId", campaign.frameworkId())
                .param("updatedAt", Timestamp.from(campaign.updatedAt()))
                .param("deadlinePolicy", json.write(campaign.deadlinePolicy()))
                .param("publicationDueDate", campaign.publicationDueDate())
                .update();
        // The chosen indicators go with their departments (on delete cascade).
        jdbc.sql("delete from campaign_department where campaign_id = ?").param(campaign.id()).update();
        insertRecipients(campaign);
    }

    /** The campaign's status, locking its row until the transaction ends: state changes happen one at a time. */
    Optional<CampaignStatus> lockStatus(UUID id) {
        return jdbc.sql("select status from campaign where id = ? for update").param(id)
                .query((rs, row) -> CampaignStatus.valueOf(rs.getString(1))).optional();
    }

    void markPublished(UUID id, Instant at) {
        jdbc.sql("update campaign set status = 'PUBLISHED', published_at = :at, updated_at = :at where id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    void markWithdrawn(UUID id, String reason, Instant at) {
        jdbc.sql("""
                update campaign set status = 'WITHDRAWN', withdraw_reason = :reason, withdrawn_at = :at, updated_at = :at
                where id = :id""")
                .param("id", id).param("reason", reason).param("at", Timestamp.from(at)).update();
    }

    /** The published campaign is due on {@code dueDate} now. */
    void moveDueDate(UUID id, LocalDate dueDate, Instant at) {
        jdbc.sql("update campaign set due_date = :dueDate, updated_at = :at where id = :id")
                .param("id", id).param("dueDate", dueDate).param("at", Timestamp.from(at)).update();
    }

    Optional<Campaign> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::header).optional()
                .map(campaign -> withRecipients(campaign, recipients(List.of(id)).getOrDefault(id, List.of())));
    }

    List<Campaign> list(CampaignStatus status) {
        List<Campaign> headers = jdbc.sql(SELECT + """
                 where (cast(:status as text) is null or status = :status)
                order by created_at desc""")
                .param("status", status == null ? null : status.name())
                .query(this::header).list();
        Map<UUID, List<Campaign.Recipient>> recipients = recipients(headers.stream().map(Campaign::id).toList());
        return headers.stream()
                .map(campaign -> withRecipients(campaign, recipients.getOrDefault(campaign.id(), List.of())))
                .toList();
    }

    private Map<UUID, List<Campaign.Recipient>> recipients(List<UUID> campaignIds) {
        Map<UUID, List<Campaign.Recipient>> byCampaign = new LinkedHashMap<>();
        if (campaignIds.isEmpty()) {
            return byCampaign;
        }
        jdbc.sql("""
                select cd.campaign_id, cd.department_code, d.name,
                       coalesce(array_agg(ci.indicator_id order by ci.position) filter (where ci.indicator_id is not null), '{}') as indicator_ids
                from campaign_department cd
                join department d on d.code = cd.department_code
                left join campaign_indicator ci
                       on ci.campaign_id = cd.campaign_id and ci.department_code = cd.department_code
                where cd.campaign_id = any(:ids)
                group by cd.campaign_id, cd.department_code, d.name, cd.position
                order by cd.campaign_id, cd.position""")
                .param("ids", campaignIds.toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    List<UUID> indicatorIds = new ArrayList<>(List.of((UUID[]) rs.getArray("indicator_ids").getArray()));
                    byCampaign.computeIfAbsent(rs.getObject("campaign_id", UUID.class), key -> new ArrayList<>())
                            .add(new Campaign.Recipient(rs.getString("department_code"), rs.getString("name"), indicatorIds));
                });
        return byCampaign;
    }

    private void insertRecipients(Campaign campaign) {
        int position = 0;
        for (Campaign.Recipient recipient : campaign.departments()) {
            jdbc.sql("insert into campaign_department (campaign_id, department_code, position) values (?, ?, ?)")
                    .params(campaign.id(), recipient.departmentCode(), position++).update();
            int indicatorPosition = 0;
            for (UUID indicatorId : recipient.indicatorIds()) {
                jdbc.sql("""
                        insert into campaign_indicator (campaign_id, department_code, indicator_id, position)
                        values (?, ?, ?, ?)""")
                        .params(campaign.id(), recipient.departmentCode(), indicatorId, indicatorPosition++).update();
            }
        }
    }

    private static Campaign withRecipients(Campaign campaign, List<Campaign.Recipient> recipients) {
        return new Campaign(campaign.id(), campaign.kind(), campaign.title(), campaign.documentNumber(), campaign.period(),
                campaign.dueDate(), campaign.asksForPrincipalDuty(), campaign.frameworkId(), campaign.status(),
                campaign.withdrawReason(), campaign.createdAt(), campaign.updatedAt(), campaign.publishedAt(),
                campaign.withdrawnAt(), recipients, campaign.deadlinePolicy(), campaign.publicationDueDate());
    }

    private Campaign header(ResultSet rs, int row) throws SQLException {
        return new Campaign(rs.getObject("id", UUID.class), CampaignKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("document_number"), rs.getString("period"),
                rs.getObject("due_date", LocalDate.class), rs.getBoolean("asks_for_principal_duty"),
                rs.getObject("framework_id", UUID.class), CampaignStatus.valueOf(rs.getString("status")),
                rs.getString("withdraw_reason"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "published_at"), instant(rs, "withdrawn_at"), List.of(),
                json.read(rs.getString("deadline_policy"), DeadlinePolicy.class),
                rs.getObject("publication_due_date", LocalDate.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
