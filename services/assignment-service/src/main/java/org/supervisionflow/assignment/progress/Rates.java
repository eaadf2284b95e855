package org.supervisionflow.assignment.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Counts and rates of a set of assignments: how many were assigned, submitted, submitted on time, and overdue; rates
 * are shares of those assigned (0–1, four decimals), null when nothing was assigned. For annual reports (which must be
 * made public) also how many there are, how many were published and how many by the publication due date, with
 * rates as shares of the annual reports (null when there are none). {@code scored} counts the assignments with a final
 * score (an accepted version), {@code averagePercentage} is their mean score percentage (0–100, two decimals; null
 * when none is scored).
 */
public record Rates(int assigned, int submitted, int onTime, int overdue, BigDecimal submissionRate,
        BigDecimal onTimeRate, int annualReports, int published, int publishedOnTime, BigDecimal publicationRate,
        BigDecimal onTimePublicationRate, int scored, BigDecimal averagePercentage) {

    static Rates of(Collection<ProgressRow> rows) {
        int submitted = (int) rows.stream().filter(row -> row.submittedAt() != null).count();
        int onTime = (int) rows.stream().filter(row -> Objects.equals(row.onTime(), Boolean.TRUE)).count();
        int overdue = (int) rows.stream().filter(ProgressRow::overdue).count();
        int annual = (int) rows.stream().filter(row -> row.publicationDueDate() != null).count();
        int published = (int) rows.stream().filter(row -> row.publishedOn() != null).count();
        int publishedOnTime = (int) rows.stream().filter(row -> Objects.equals(row.publishedOnTime(), Boolean.TRUE))
                .count();
        List<BigDecimal> percentages = rows.stream().map(row -> row.result().percentage()).filter(Objects::nonNull)
                .toList();
        BigDecimal average = percentages.isEmpty() ? null : percentages.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(percentages.size()), 2, RoundingMode.HALF_UP);
        return new Rates(rows.size(), submitted, onTime, overdue, share(submitted, rows.size()), share(onTime, rows.size()),
                annual, published, publishedOnTime, share(published, annual), share(publishedOnTime, annual),
                percentages.size(), average);
    }

    private static BigDecimal share(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
