package org.supervisionflow.review.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.contracts.Grade;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.review.statistics.StatisticsStore.Filter;

/** Review statistics per campaign, across campaigns and years, and per department year over year. */
@Service
public class ReviewStatistics {

    /** Shown for accepted reports the engine has not graded yet. */
    public static final String UNGRADED = "UNGRADED";
    /** Shown for findings on indicators without an aspect. */
    public static final String NO_ASPECT = "—";

    private static final Text CAMPAIGN = Text.of("已审核的督察活动", "Reviewed campaign");

    private final StatisticsStore store;
    private final Clock clock;

    ReviewStatistics(StatisticsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** One campaign: the ranking, grades, findings by aspect and severity, rectification overall and per department. */
    @Transactional(readOnly = true)
    public CampaignStatistics campaign(UUID campaignId) {
        Filter filter = Filter.campaign(campaignId);
        List<CountedReview> reviews = store.countedReviews(filter, clock.getZone());
        List<FindingFact> findings = store.findings(filter, clock.getZone());
        if (reviews.isEmpty() && findings.isEmpty()) {
            throw ProblemException.notFound(CAMPAIGN, campaignId);
        }
        LocalDate today = LocalDate.now(clock);
        CountedReview any = reviews.isEmpty() ? null : reviews.getFirst();
        return new CampaignStatistics(campaignId,
                any == null ? findings.getFirst().campaignTitle() : any.campaignTitle(),
                any == null ? findings.getFirst().period() : any.period(),
                ranking(reviews), grades(reviews), byAspectAndSeverity(findings),
                Rectification.of(findings, today), grouped(findings, FindingFact::departmentCode, today));
    }

    /**
     * Every campaign summed up, by period and title; optionally only those of one period (the exact string) and/or of
     * one year (the year the period names, 2025年度 → 2025, as assignment-service counts).
     */
    @Transactional(readOnly = true)
    public List<CampaignSummary> campaigns(Optional<String> period, Optional<Integer> year) {
        Filter filter = new Filter(Optional.empty(), Optional.empty(), period, year);
        Map<UUID, List<CountedReview>> reviews = store.countedReviews(filter, clock.getZone()).stream()
                .collect(Collectors.groupingBy(CountedReview::campaignId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, List<FindingFact>> findings = store.findings(filter, clock.getZone()).stream()
                .collect(Collectors.groupingBy(FindingFact::campaignId));
        LocalDate today = LocalDate.now(clock);
        return reviews.values().stream().map(counted -> {
            CountedReview first = counted.getFirst();
            return new CampaignSummary(first.campaignId(), first.campaignTitle(), first.period(), first.year(),
                    counted.size(),
                    average(counted), grades(counted),
                    Rectification.of(findings.getOrDefault(first.campaignId(), List.of()), today));
        }).toList();
    }

    /**
     * One department year over year: per period its average percentage, grades and rectification; optionally only the
     * periods of one year.
     */
    @Transactional(readOnly = true)
    public List<DepartmentYear> department(String departmentCode, Optional<Integer> year) {
        Filter filter = new Filter(Optional.empty(), Optional.of(departmentCode), Optional.empty(), year);
        Map<String, List<CountedReview>> reviews = store.countedReviews(filter, clock.getZone()).stream()
                .collect(Collectors.groupingBy(CountedReview::period, TreeMap::new, Collectors.toList()));
        Map<String, List<FindingFact>> findings = store.findings(filter, clock.getZone()).stream()
                .collect(Collectors.groupingBy(FindingFact::period));
        LocalDate today = LocalDate.now(clock);
        List<DepartmentYear> years = new ArrayList<>();
        reviews.forEach((period, counted) -> years.add(new DepartmentYear(period, counted.getFirst().year(),
                counted.size(), average(counted), grades(counted),
                Rectification.of(findings.getOrDefault(period, List.of()), today))));
        return years;
    }

    /** The findings of a campaign for its ledger, by notice number. */
    @Transactional(readOnly = true)
    public List<FindingFact> findingsOf(UUID campaignId) {
        return store.findings(Filter.campaign(campaignId), clock.getZone());
    }

    /** Rectification per key (department, aspect), in the keys' order. */
    public Map<String, Rectification> grouped(List<FindingFact> findings, Function<FindingFact, String> key,
            LocalDate today) {
        Map<String, List<FindingFact>> groups = findings.stream()
                .collect(Collectors.groupingBy(finding -> Optional.ofNullable(key.apply(finding)).orElse(NO_ASPECT),
                        TreeMap::new, Collectors.toList()));
        Map<String, Rectification> result = new LinkedHashMap<>();
        groups.forEach((name, group) -> result.put(name, Rectification.of(group, today)));
        return result;
    }

    /** Departments by percentage, best first; equal percentages share a rank (1, 2, 2, 4). */
    private static List<RankedDepartment> ranking(List<CountedReview> reviews) {
        List<CountedReview> sorted = reviews.stream()
                .sorted(Comparator.comparing(CountedReview::percentage).reversed()
                        .thenComparing(CountedReview::departmentCode))
                .toList();
        List<RankedDepartment> ranking = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            CountedReview review = sorted.get(i);
            int rank = i > 0 && review.percentage().compareTo(sorted.get(i - 1).percentage()) == 0
                    ? ranking.get(i - 1).rank() : i + 1;
            ranking.add(new RankedDepartment(rank, review.departmentCode(), review.departmentName(), review.totalScore(),
                    review.maxScore(), review.percentage(), review.grade() == null ? UNGRADED : review.grade()));
        }
        return ranking;
    }

    /** How many reports got each grade (every grade listed, zeros included), then the ungraded. */
    private static Map<String, Long> grades(List<CountedReview> reviews) {
        Map<String, Long> grades = new LinkedHashMap<>();
        for (Grade grade : Grade.values()) {
            grades.put(grade.name(), 0L);
        }
        grades.put(UNGRADED, 0L);
        reviews.forEach(review -> grades.merge(review.grade() == null ? UNGRADED : review.grade(), 1L, Long::sum));
        return grades;
    }

    private static List<FindingCount> byAspectAndSeverity(List<FindingFact> findings) {
        Map<String, Map<FindingSeverity, Long>> counts = new TreeMap<>();
        findings.forEach(finding -> counts
                .computeIfAbsent(Optional.ofNullable(finding.aspect()).orElse(NO_ASPECT), aspect -> new TreeMap<>())
                .merge(finding.severity(), 1L, Long::sum));
        List<FindingCount> result = new ArrayList<>();
        counts.forEach((aspect, bySeverity) -> bySeverity.forEach((severity, count) ->
                result.add(new FindingCount(aspect, severity, count))));
        return result;
    }

    private static BigDecimal average(List<CountedReview> reviews) {
        return reviews.stream().map(CountedReview::percentage).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(reviews.size()), 2, RoundingMode.HALF_UP);
    }

    /** A campaign's statistics. */
    public record CampaignStatistics(UUID campaignId, String campaignTitle, String period,
            List<RankedDepartment> ranking, Map<String, Long> grades, List<FindingCount> findingsByAspectAndSeverity,
            Rectification rectification, Map<String, Rectification> rectificationByDepartment) {
    }

    /** A department's place in a campaign's ranking. */
    public record RankedDepartment(int rank, String departmentCode, String departmentName, BigDecimal totalScore,
            BigDecimal maxScore, BigDecimal percentage, String grade) {
    }

    /** How many findings of one severity an aspect has. */
    public record FindingCount(String aspect, FindingSeverity severity, long count) {
    }

    /** A campaign summed up for the comparison across campaigns and years; {@code year} is the one its period names. */
    public record CampaignSummary(UUID campaignId, String campaignTitle, String period, Integer year, int departments,
            BigDecimal averagePercentage, Map<String, Long> grades, Rectification rectification) {
    }

    /** A department's results in one period ({@code year}: the one the period names). */
    public record DepartmentYear(String period, Integer year, int campaigns, BigDecimal averagePercentage, Map<String, Long> grades,
            Rectification rectification) {
    }
}
