package org.supervisionflow.review.statistics;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.review.finding.FindingStatus;

/**
 * Reads the facts statistics are made of, optionally of one campaign, one department, one period or one year. The
 * period is the campaign's (e.g. 2025年度), or for scopes received before periods were kept, the year the review opened.
 * The year is the first four-digit year the period names (2025年度 → 2025), as assignment-service counts campaigns;
 * the year the review opened when the period names none.
 */
@Repository
class StatisticsStore {

    private static final String PERIOD = "coalesce(s.campaign_period, to_char(r.opened_at at time zone :zone, 'YYYY'))";
    private static final String YEAR = "cast(coalesce(substring(s.campaign_period from '[0-9]{4}'),"
            + " to_char(r.opened_at at time zone :zone, 'YYYY')) as integer)";

    private final JdbcClient jdbc;

    StatisticsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per assignment the latest accepted review: returned versions do not count, a resubmission replaces them. */
    List<CountedReview> countedReviews(Filter filter, ZoneId zone) {
        return jdbc.sql("select * from (select distinct on (r.assignment_id) r.id, r.assignment_id, r.campaign_id,"
                + " r.campaign_title, " + PERIOD + " as period, " + YEAR + " as campaign_year, r.department_code,"
                + " r.department_name, r.total_score,"
                + " r.max_score, case when r.vetoed then 'FAIL' else r.grade end as grade" + """
                  from review r
                  left join assignment_scope s on s.assignment_id = r.assignment_id
                 where r.status = 'DECIDED' and r.decision <> 'RETURN'
                   and (cast(:campaignId as uuid) is null or r.campaign_id = :campaignId)
                   and (cast(:department as text) is null or r.department_code = :department)
                 order by r.assignment_id, r.report_version desc) counted
                 where (cast(:period as text) is null or period = :period)
                   and (cast(:year as integer) is null or campaign_year = :year)
                 order by period, campaign_title, department_code""")
                .param("zone", zone.getId())
                .param("campaignId", filter.campaignId().orElse(null), Types.OTHER)
                .param("department", filter.departmentCode().orElse(null), Types.VARCHAR)
                .param("period", filter.period().orElse(null), Types.VARCHAR)
                .param("year", filter.year().orElse(null), Types.INTEGER)
                .query((rs, row) -> new CountedReview(rs.getObject("id", UUID.class),
                        rs.getObject("assignment_id", UUID.class), rs.getObject("campaign_id", UUID.class),
                        rs.getString("campaign_title"), rs.getString("period"),
                        rs.getObject("campaign_year", Integer.class),
                        rs.getString("department_code"),
                        rs.getString("department_name"), rs.getBigDecimal("total_score"), rs.getBigDecimal("max_score"),
                        rs.getString("grade")))
                .list();
    }

    /** Every finding issued, with its aspect (一级指标) from the indicator it was raised on. */
    List<FindingFact> findings(Filter filter, ZoneId zone) {
        return jdbc.sql("select * from (select f.id, f.notice_number, r.campaign_id, r.campaign_title, " + PERIOD
                + " as period, " + YEAR + " as campaign_year, f.department_code, f.department_name, ri.aspect_title,"
                + " f.indicator_code,"
                + " f.indicator_title, f.severity, f.description, f.deadline, f.status, f.issued_at, f.closed_at" + """
                  from finding f
                  join review r on r.id = f.review_id
                  left join review_indicator ri on ri.review_id = f.review_id and ri.indicator_id = f.indicator_id
                  left join assignment_scope s on s.assignment_id = f.assignment_id
                 where (cast(:campaignId as uuid) is null or r.campaign_id = :campaignId)
                   and (cast(:department as text) is null or f.department_code = :department)) facts
                 where (cast(:period as text) is null or period = :period)
                   and (cast(:year as integer) is null or campaign_year = :year)
                 order by notice_number""")
                .param("zone", zone.getId())
                .param("campaignId", filter.campaignId().orElse(null), Types.OTHER)
                .param("department", filter.departmentCode().orElse(null), Types.VARCHAR)
                .param("period", filter.period().orElse(null), Types.VARCHAR)
                .param("year", filter.year().orElse(null), Types.INTEGER)
                .query((rs, row) -> {
                    OffsetDateTime closedAt = rs.getObject("closed_at", OffsetDateTime.class);
                    return new FindingFact(rs.getObject("id", UUID.class), rs.getString("notice_number"),
                            rs.getObject("campaign_id", UUID.class), rs.getString("campaign_title"),
                            rs.getString("period"), rs.getString("department_code"), rs.getString("department_name"),
                            rs.getString("aspect_title"), rs.getString("indicator_code"), rs.getString("indicator_title"),
                            FindingSeverity.valueOf(rs.getString("severity")), rs.getString("description"),
                            rs.getObject("deadline", LocalDate.class), FindingStatus.valueOf(rs.getString("status")),
                            rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                            closedAt == null ? null : closedAt.toInstant());
                })
                .list();
    }

    /** What to count: every filter left empty counts everything; period and year together must both match. */
    record Filter(Optional<UUID> campaignId, Optional<String> departmentCode, Optional<String> period,
            Optional<Integer> year) {

        /** Everything of one campaign. */
        static Filter campaign(UUID campaignId) {
            return new Filter(Optional.of(campaignId), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }
}
