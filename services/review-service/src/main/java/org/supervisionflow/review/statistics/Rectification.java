package org.supervisionflow.review.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * How rectification stands for a set of findings: found, rectified (closed, 销号), in progress, overdue; the closure
 * rate in percent and the average days from notice to closing (null while none is closed).
 */
public record Rectification(int found, int rectified, int inProgress, int overdue, BigDecimal closureRate,
        BigDecimal averageDaysToClose) {

    static Rectification of(List<FindingFact> findings, LocalDate today) {
        int found = findings.size();
        List<FindingFact> closed = findings.stream().filter(FindingFact::closed).toList();
        int overdue = (int) findings.stream().filter(finding -> finding.overdue(today)).count();
        BigDecimal rate = found == 0 ? null
                : BigDecimal.valueOf(100L * closed.size()).divide(BigDecimal.valueOf(found), 2, RoundingMode.HALF_UP);
        BigDecimal days = closed.isEmpty() ? null : BigDecimal.valueOf(closed.stream()
                        .mapToLong(finding -> Duration.between(finding.issuedAt(), finding.closedAt()).toMinutes())
                        .sum())
                .divide(BigDecimal.valueOf(closed.size() * 24L * 60L), 1, RoundingMode.HALF_UP);
        return new Rectification(found, closed.size(), found - closed.size(), overdue, rate, days);
    }
}
