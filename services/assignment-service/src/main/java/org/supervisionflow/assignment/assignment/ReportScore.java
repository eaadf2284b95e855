package org.supervisionflow.assignment.assignment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.supervisionflow.contracts.Grade;
import org.supervisionflow.contracts.ReviewDecision;

/**
 * An assignment's review result as the progress board shows it, projected from review-service's
 * {@code ReviewCompleted} and the engine's {@code ReportGraded}: the latest report version decided
 * ({@code reviewedVersion}) and the decision; for an accepted version its {@code score} out of {@code maxScore}, the
 * {@code percentage} (0–100, two decimals: what grades and rankings compare, as departments answer for different
 * points), whether a veto applied (一票否决) and the {@code grade}. A returned version's score is not final (the
 * resubmission is reviewed afresh), so it shows the decision with score, percentage and grade null. The grade is the
 * engine's for that version, or FAIL at once for a vetoed one; null until graded. Everything is null before a
 * decision.
 */
public record ReportScore(Integer reviewedVersion, ReviewDecision reviewDecision, BigDecimal score,
        BigDecimal maxScore, BigDecimal percentage, Boolean vetoed, Grade grade) {

    /** The columns {@link #read} needs, of the {@code assignment} table aliased {@code a}. */
    public static final String COLUMNS =
            "a.reviewed_version, a.review_decision, a.total_score, a.max_score, a.vetoed, a.graded_version, a.grade";

    /** Reads the projection from a row that selected {@link #COLUMNS}. */
    public static ReportScore read(ResultSet rs) throws SQLException {
        Integer version = rs.getObject("reviewed_version", Integer.class);
        if (version == null) {
            return new ReportScore(null, null, null, null, null, null, null);
        }
        BigDecimal score = rs.getBigDecimal("total_score");
        BigDecimal maxScore = rs.getBigDecimal("max_score");
        boolean vetoed = rs.getBoolean("vetoed");
        String grade = rs.getString("grade");
        Grade shown = null;
        if (score != null && vetoed) {
            shown = Grade.FAIL;
        } else if (score != null && grade != null && version.equals(rs.getObject("graded_version", Integer.class))) {
            shown = Grade.valueOf(grade);
        }
        BigDecimal percentage = score == null || maxScore == null || maxScore.signum() == 0 ? null
                : score.multiply(BigDecimal.valueOf(100)).divide(maxScore, 2, RoundingMode.HALF_UP);
        return new ReportScore(version, ReviewDecision.valueOf(rs.getString("review_decision")), score, maxScore,
                percentage, vetoed, shown);
    }
}
