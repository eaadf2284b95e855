package org.supervisionflow.review.scope;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supervisionflow.contracts.MetricSpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The stored scopes, one per assignment. */
@Repository
class AssignmentScopes {

    private static final TypeReference<List<MetricSpec>> METRICS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AssignmentScopes(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores the scope unless the assignment has one; an assignment's scope does not change once issued.
     *
     * @return whether this call stored it
     */
    boolean addIfAbsent(ReviewScope scope, Instant receivedAt) {
        int inserted = jdbc.sql("""
                insert into assignment_scope (assignment_id, campaign_id, campaign_title, campaign_period,
                    department_code, department_name, received_at)
                values (:assignmentId, :campaignId, :campaignTitle, :campaignPeriod, :departmentCode, :departmentName,
                    :receivedAt)
                on conflict (assignment_id) do nothing""")
                .param("assignmentId", scope.assignmentId())
                .param("campaignId", scope.campaignId())
                .param("campaignTitle", scope.campaignTitle())
                .param("campaignPeriod", scope.campaignPeriod(), Types.VARCHAR)
                .param("departmentCode", scope.departmentCode())
                .param("departmentName", scope.departmentName())
                .param("receivedAt", OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC))
                .update();
        if (inserted == 0) {
            return false;
        }
        List<ScopedIndicator> indicators = scope.indicators();
        for (int position = 0; position < indicators.size(); position++) {
            ScopedIndicator indicator = indicators.get(position);
            jdbc.sql("""
                    insert into assignment_scope_indicator (assignment_id, position, indicator_id, code, aspect_title,
                        title, max_points, metrics)
                    values (:assignmentId, :position, :indicatorId, :code, :aspectTitle, :title, :maxPoints,
                        cast(:metrics as jsonb))""")
                    .param("assignmentId", scope.assignmentId())
                    .param("position", position)
                    .param("indicatorId", indicator.indicatorId())
                    .param("code", indicator.code())
                    .param("aspectTitle", indicator.aspectTitle(), Types.VARCHAR)
                    .param("title", indicator.title())
                    .param("maxPoints", indicator.maxPoints())
                    .param("metrics", write(indicator.metrics()))
                    .update();
        }
        return true;
    }

    /**
     * The scope row first, then its indicators: the two were committed together, so once the row is visible its
     * indicators are too (read the other way round, a scope committed in between would come back without them).
     */
    Optional<ReviewScope> find(UUID assignmentId) {
        return jdbc.sql("""
                select assignment_id, campaign_id, campaign_title, campaign_period, department_code, department_name
                  from assignment_scope
                 where assignment_id = :assignmentId""")
                .param("assignmentId", assignmentId)
                .query((rs, row) -> new ReviewScope(rs.getObject("assignment_id", UUID.class),
                        rs.getObject("campaign_id", UUID.class), rs.getString("campaign_title"),
                        rs.getString("campaign_period"), rs.getString("department_code"), rs.getString("department_name"),
                        List.of()))
                .optional()
                .map(scope -> new ReviewScope(scope.assignmentId(), scope.campaignId(), scope.campaignTitle(),
                        scope.campaignPeriod(), scope.departmentCode(), scope.departmentName(), indicators(assignmentId)));
    }

    List<ScopedIndicator> indicatorsOfCampaign(UUID campaignId) {
        return jdbc.sql("""
                select distinct on (i.indicator_id)
                       i.indicator_id, i.code, i.aspect_title, i.title, i.max_points, i.metrics
                  from assignment_scope_indicator i
                  join assignment_scope s on s.assignment_id = i.assignment_id
                 where s.campaign_id = :campaignId
                 order by i.indicator_id""")
                .param("campaignId", campaignId)
                .query(this::indicator)
                .list();
    }

    private List<ScopedIndicator> indicators(UUID assignmentId) {
        return jdbc.sql("""
                select indicator_id, code, aspect_title, title, max_points, metrics
                  from assignment_scope_indicator
                 where assignment_id = :assignmentId
                 order by position""")
                .param("assignmentId", assignmentId)
                .query(this::indicator)
                .list();
    }

    private ScopedIndicator indicator(ResultSet rs, int row) throws SQLException {
        return new ScopedIndicator(rs.getObject("indicator_id", UUID.class), rs.getString("code"),
                rs.getString("aspect_title"), rs.getString("title"), rs.getBigDecimal("max_points"),
                read(rs.getString("metrics")));
    }

    private String write(List<MetricSpec> metrics) {
        try {
            return json.writeValueAsString(metrics);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An indicator's metrics could not be written as JSON", e);
        }
    }

    private List<MetricSpec> read(String metrics) {
        try {
            return json.readValue(metrics, METRICS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An indicator's stored metrics could not be read", e);
        }
    }
}
