package org.supervisionflow.review.scoring;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The stored rule versions; a version is written once and never changed. */
@Repository
class RuleSetStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RuleSetStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores the rules as the campaign's next version. A transaction-scoped advisory lock per campaign makes two
     * publications at once take turns instead of colliding on the version number.
     */
    RuleSet addNextVersion(UUID campaignId, BigDecimal bonusCap, List<ScoringRule> rules, Instant at, String by) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext(:campaignId))) locked")
                .param("campaignId", campaignId.toString()).query(Integer.class).single();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from scoring_rule_set where campaign_id = :id")
                .param("id", campaignId).query(Integer.class).single();
        jdbc.sql("""
                insert into scoring_rule_set (campaign_id, version, bonus_cap, published_at, published_by)
                values (:campaignId, :version, :bonusCap, :at, :by)""")
                .param("campaignId", campaignId)
                .param("version", version)
                .param("bonusCap", bonusCap)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("by", by)
                .update();
        for (int position = 0; position < rules.size(); position++) {
            ScoringRule rule = rules.get(position);
            jdbc.sql("""
                    insert into scoring_rule (campaign_id, version, position, indicator_id, kind, definition)
                    values (:campaignId, :version, :position, :indicatorId, :kind, cast(:definition as jsonb))""")
                    .param("campaignId", campaignId)
                    .param("version", version)
                    .param("position", position)
                    .param("indicatorId", rule.indicatorId())
                    .param("kind", rule.kind().name())
                    .param("definition", write(rule))
                    .update();
        }
        return find(campaignId, version).orElseThrow();
    }

    Optional<Integer> latestVersion(UUID campaignId) {
        return jdbc.sql("select max(version) from scoring_rule_set where campaign_id = :id")
                .param("id", campaignId).query(Integer.class).optional();
    }

    Optional<RuleSet> find(UUID campaignId, int version) {
        return jdbc.sql("""
                select campaign_id, version, bonus_cap, published_at, published_by
                  from scoring_rule_set where campaign_id = :id and version = :version""")
                .param("id", campaignId)
                .param("version", version)
                .query(this::withoutRules)
                .optional()
                .map(set -> new RuleSet(set.campaignId(), set.version(), set.bonusCap(), rules(campaignId, version),
                        set.publishedAt(), set.publishedBy()));
    }

    /** Every version of the campaign, newest first, without their rules. */
    List<RuleSet> versions(UUID campaignId) {
        return jdbc.sql("""
                select campaign_id, version, bonus_cap, published_at, published_by
                  from scoring_rule_set where campaign_id = :id order by version desc""")
                .param("id", campaignId)
                .query(this::withoutRules)
                .list();
    }

    private List<ScoringRule> rules(UUID campaignId, int version) {
        return jdbc.sql("""
                select definition from scoring_rule
                 where campaign_id = :id and version = :version order by position""")
                .param("id", campaignId)
                .param("version", version)
                .query((rs, row) -> read(rs.getString("definition")))
                .list();
    }

    private RuleSet withoutRules(ResultSet rs, int row) throws SQLException {
        return new RuleSet(rs.getObject("campaign_id", UUID.class), rs.getInt("version"), rs.getBigDecimal("bonus_cap"),
                List.of(), rs.getObject("published_at", OffsetDateTime.class).toInstant(), rs.getString("published_by"));
    }

    private String write(ScoringRule rule) {
        try {
            return json.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A scoring rule could not be written as JSON", e);
        }
    }

    private ScoringRule read(String definition) {
        try {
            return json.readValue(definition, ScoringRule.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored scoring rule could not be read", e);
        }
    }
}
