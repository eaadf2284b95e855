package org.supervisionflow.review.review;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.ReturnReason;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.review.scoring.ScoringInput;

/**
 * The stored reviews. Reads for department users take their department and see decided reviews only, in SQL, so
 * another department's review and an undecided one are as absent as one that does not exist.
 */
@Repository
class ReviewStore {

    private static final String COLUMNS = """
            id, assignment_id, report_id, report_version, campaign_id, campaign_title, department_code,
            department_name, status, opened_at, claimed_by_id, claimed_by_username, claimed_by_name, claimed_at,
            decision, total_score, max_score, decision_comment, decided_at, grade, rule_version, vetoed""";

    private final JdbcClient jdbc;
    private final ReportedFigures figures;

    ReviewStore(JdbcClient jdbc, ReportedFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /**
     * Stores a newly opened review unless its report has a review of this or a later version: a re-sent or late
     * OpenReview must neither queue a version twice nor reopen an older one.
     *
     * @return whether this call stored it
     */
    boolean addIfNewest(Review review) {
        int inserted = jdbc.sql("""
                insert into review (id, assignment_id, report_id, report_version, campaign_id, campaign_title,
                    department_code, department_name, status, opened_at, rule_version)
                select :id, :assignmentId, :reportId, :reportVersion, :campaignId, :campaignTitle, :departmentCode,
                    :departmentName, :status, :openedAt, :ruleVersion
                 where not exists (select 1 from review where report_id = :reportId and report_version >= :reportVersion)
                on conflict on constraint review_one_per_report_version do nothing""")
                .param("id", review.id())
                .param("assignmentId", review.assignmentId())
                .param("reportId", review.reportId())
                .param("reportVersion", review.reportVersion())
                .param("campaignId", review.campaignId())
                .param("campaignTitle", review.campaignTitle())
                .param("departmentCode", review.departmentCode())
                .param("departmentName", review.departmentName())
                .param("status", review.status().name())
                .param("openedAt", timestamp(review.openedAt()))
                .param("ruleVersion", review.ruleVersion(), Types.INTEGER)
                .update();
        if (inserted == 0) {
            return false;
        }
        List<IndicatorScore> indicators = review.indicators();
        for (int position = 0; position < indicators.size(); position++) {
            IndicatorScore indicator = indicators.get(position);
            jdbc.sql("""
                    insert into review_indicator (review_id, position, indicator_id, code, aspect_title, title, max_points)
                    values (:reviewId, :position, :indicatorId, :code, :aspectTitle, :title, :maxPoints)""")
                    .param("reviewId", review.id())
                    .param("position", position)
                    .param("indicatorId", indicator.indicatorId())
                    .param("code", indicator.code())
                    .param("aspectTitle", indicator.aspectTitle(), Types.VARCHAR)
                    .param("title", indicator.title())
                    .param("maxPoints", indicator.maxPoints())
                    .update();
        }
        return true;
    }

    /** A review as the caller may see it: department users (a scope) only their department's decided reviews. */
    Optional<Review> find(UUID id, Optional<String> departmentScope) {
        return jdbc.sql("select " + COLUMNS + """
                 from review
                where id = :id
                  and (cast(:scope as text) is null or (department_code = :scope and status = 'DECIDED'))""")
                .param("id", id)
                .param("scope", departmentScope.orElse(null), Types.VARCHAR)
                .query(this::withoutDetails)
                .optional()
                .map(this::withDetails);
    }

    /** The decided review of the latest earlier version of the same report, if any. */
    Optional<Review> findPrevious(UUID reportId, int reportVersion) {
        return jdbc.sql("select " + COLUMNS + """
                 from review
                where report_id = :reportId and report_version < :version and status = 'DECIDED'
                order by report_version desc
                limit 1""")
                .param("reportId", reportId)
                .param("version", reportVersion)
                .query(this::withoutDetails)
                .optional()
                .map(this::withDetails);
    }

    /** The review locked until the transaction ends, so that two auditors acting at once take turns. */
    Optional<Review> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from review where id = :id for update")
                .param("id", id)
                .query(this::withoutDetails)
                .optional()
                .map(this::withDetails);
    }

    /** The queue for an office user, oldest first, optionally of one assignment. */
    List<ReviewSummary> list(QueueFilter filter, String userId, Optional<UUID> assignmentId) {
        return jdbc.sql("""
                select id, assignment_id, report_id, report_version, campaign_id, campaign_title, department_code,
                       department_name, status, opened_at, claimed_by_username, claimed_by_name, claimed_at, decision,
                       total_score, max_score, grade
                  from review
                 where (:filter = 'ALL'
                        or (:filter = 'UNCLAIMED' and status = 'UNCLAIMED')
                        or (:filter = 'MINE' and status = 'CLAIMED' and claimed_by_id = :userId))
                   and (cast(:assignmentId as uuid) is null or assignment_id = :assignmentId)
                 order by opened_at, id""")
                .param("filter", filter.name())
                .param("userId", userId)
                .param("assignmentId", assignmentId.orElse(null), Types.OTHER)
                .query((rs, row) -> new ReviewSummary(
                        rs.getObject("id", UUID.class),
                        rs.getObject("assignment_id", UUID.class),
                        rs.getObject("report_id", UUID.class),
                        rs.getInt("report_version"),
                        rs.getObject("campaign_id", UUID.class),
                        rs.getString("campaign_title"),
                        rs.getString("department_code"),
                        rs.getString("department_name"),
                        ReviewStatus.valueOf(rs.getString("status")),
                        instant(rs, "opened_at"),
                        rs.getString("claimed_by_username"),
                        rs.getString("claimed_by_name"),
                        instant(rs, "claimed_at"),
                        Optional.ofNullable(rs.getString("decision")).map(ReviewDecision::valueOf).orElse(null),
                        rs.getBigDecimal("total_score"),
                        rs.getBigDecimal("max_score"),
                        grade(rs)))
                .list();
    }

    void claim(UUID id, Claim claim) {
        jdbc.sql("""
                update review
                   set status = 'CLAIMED', claimed_by_id = :userId, claimed_by_username = :username,
                       claimed_by_name = :name, claimed_at = :claimedAt
                 where id = :id""")
                .param("id", id)
                .param("userId", claim.userId())
                .param("username", claim.username())
                .param("name", claim.displayName())
                .param("claimedAt", timestamp(claim.claimedAt()))
                .update();
    }

    void release(UUID id) {
        jdbc.sql("""
                update review
                   set status = 'UNCLAIMED', claimed_by_id = null, claimed_by_username = null, claimed_by_name = null,
                       claimed_at = null
                 where id = :id""")
                .param("id", id)
                .update();
    }

    /** Scores an indicator; a departure from the rule's suggestion keeps the suggestion and the reason (else null). */
    void score(UUID id, UUID indicatorId, BigDecimal score, String comment, BigDecimal overriddenSuggestion,
            String overrideReason, Instant at) {
        jdbc.sql("""
                update review_indicator
                   set score = :score, comment = :comment, scored_at = :at, overridden_suggestion = :suggestion,
                       override_reason = :reason
                 where review_id = :id and indicator_id = :indicatorId""")
                .param("id", id)
                .param("indicatorId", indicatorId)
                .param("score", score)
                .param("comment", comment, Types.VARCHAR)
                .param("suggestion", overriddenSuggestion, Types.NUMERIC)
                .param("reason", overrideReason, Types.VARCHAR)
                .param("at", timestamp(at))
                .update();
    }

    /** Records what the auditor found for the indicator's rule, replacing what they entered before. */
    void enterInput(UUID id, UUID indicatorId, ScoringInput input) {
        jdbc.sql("""
                update review_indicator set occurrences = :occurrences, metric_value = :metricValue, vetoed = :vetoed
                 where review_id = :id and indicator_id = :indicatorId""")
                .param("id", id)
                .param("indicatorId", indicatorId)
                .param("occurrences", input.occurrences(), Types.INTEGER)
                .param("metricValue", input.metricValue(), Types.NUMERIC)
                .param("vetoed", input.vetoed(), Types.BOOLEAN)
                .update();
    }

    void decide(UUID id, Decision decision, boolean vetoed) {
        jdbc.sql("""
                update review
                   set status = 'DECIDED', decision = :decision, total_score = :total, max_score = :max,
                       decision_comment = :comment, decided_at = :decidedAt, vetoed = :vetoed
                 where id = :id""")
                .param("id", id)
                .param("vetoed", vetoed)
                .param("decision", decision.decision().name())
                .param("total", decision.totalScore())
                .param("max", decision.maxScore())
                .param("comment", decision.comment(), Types.VARCHAR)
                .param("decidedAt", timestamp(decision.decidedAt()))
                .update();
        List<ReturnReason> reasons = decision.returnReasons();
        for (int position = 0; position < reasons.size(); position++) {
            jdbc.sql("""
                    insert into review_return_reason (review_id, position, indicator_id, reason)
                    values (:id, :position, :indicatorId, :reason)""")
                    .param("id", id)
                    .param("position", position)
                    .param("indicatorId", reasons.get(position).indicatorId(), Types.OTHER)
                    .param("reason", reasons.get(position).reason())
                    .update();
        }
    }

    /** Ends the assignment's undecided reviews; returns how many there were. */
    int withdraw(UUID assignmentId, String reason, Instant at) {
        return jdbc.sql("""
                update review set status = 'WITHDRAWN', withdrawn_at = :at, withdrawal_reason = :reason
                 where assignment_id = :assignmentId and status in ('UNCLAIMED', 'CLAIMED')""")
                .param("assignmentId", assignmentId)
                .param("reason", reason, Types.VARCHAR)
                .param("at", timestamp(at))
                .update();
    }

    /** Records the grade of the assignment's decided review of that version; returns whether there was one. */
    boolean grade(UUID assignmentId, int reportVersion, Grade grade) {
        return jdbc.sql("""
                update review set grade = :grade
                 where assignment_id = :assignmentId and report_version = :version and status = 'DECIDED'""")
                .param("assignmentId", assignmentId)
                .param("version", reportVersion)
                .param("grade", grade.name())
                .update() == 1;
    }

    private Review withoutDetails(ResultSet rs, int row) throws SQLException {
        String claimedBy = rs.getString("claimed_by_id");
        Claim claim = claimedBy == null ? null : new Claim(claimedBy, rs.getString("claimed_by_username"),
                rs.getString("claimed_by_name"), instant(rs, "claimed_at"));
        String decision = rs.getString("decision");
        Decision decided = decision == null ? null : new Decision(ReviewDecision.valueOf(decision),
                rs.getBigDecimal("total_score"), rs.getBigDecimal("max_score"), rs.getString("decision_comment"),
                List.of(), instant(rs, "decided_at"));
        return new Review(
                rs.getObject("id", UUID.class),
                rs.getObject("assignment_id", UUID.class),
                rs.getObject("report_id", UUID.class),
                rs.getInt("report_version"),
                rs.getObject("campaign_id", UUID.class),
                rs.getString("campaign_title"),
                rs.getString("department_code"),
                rs.getString("department_name"),
                ReviewStatus.valueOf(rs.getString("status")),
                instant(rs, "opened_at"),
                claim,
                List.of(),
                decided,
                grade(rs),
                rs.getObject("rule_version", Integer.class),
                rs.getBoolean("vetoed"));
    }

    private static Grade grade(ResultSet rs) throws SQLException {
        String grade = rs.getString("grade");
        return grade == null ? null : Grade.valueOf(grade);
    }

    private Review withDetails(Review review) {
        Map<UUID, Map<String, BigDecimal>> reported = figures.of(review.reportId(), review.reportVersion());
        List<IndicatorScore> indicators = jdbc.sql("""
                select indicator_id, code, aspect_title, title, max_points, occurrences, metric_value, vetoed, score,
                       comment, overridden_suggestion, override_reason
                  from review_indicator
                 where review_id = :id
                 order by position""")
                .param("id", review.id())
                .query((rs, row) -> new IndicatorScore(rs.getObject("indicator_id", UUID.class), rs.getString("code"),
                        rs.getString("aspect_title"), rs.getString("title"), rs.getBigDecimal("max_points"),
                        reported.getOrDefault(rs.getObject("indicator_id", UUID.class), Map.of()),
                        new ScoringInput(rs.getObject("occurrences", Integer.class), rs.getBigDecimal("metric_value"),
                                rs.getObject("vetoed", Boolean.class)),
                        rs.getBigDecimal("score"), rs.getString("comment"), rs.getBigDecimal("overridden_suggestion"),
                        rs.getString("override_reason")))
                .list();
        Decision decision = review.decision();
        if (decision != null) {
            List<ReturnReason> reasons = jdbc.sql("""
                    select indicator_id, reason from review_return_reason where review_id = :id order by position""")
                    .param("id", review.id())
                    .query((rs, row) -> new ReturnReason(rs.getObject("indicator_id", UUID.class), rs.getString("reason")))
                    .list();
            decision = new Decision(decision.decision(), decision.totalScore(), decision.maxScore(), decision.comment(),
                    reasons, decision.decidedAt());
        }
        return new Review(review.id(), review.assignmentId(), review.reportId(), review.reportVersion(),
                review.campaignId(), review.campaignTitle(), review.departmentCode(), review.departmentName(),
                review.status(), review.openedAt(), review.claim(), indicators, decision, review.grade(),
                review.ruleVersion(), review.vetoed());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
