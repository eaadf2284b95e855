package org.supervisionflow.review.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervisionflow.platform.problem.Text;

class ScoringEngineTest {

    private static final UUID FILES = UUID.randomUUID();
    private static final UUID AWARDS = UUID.randomUUID();
    private static final UUID PUBLICITY = UUID.randomUUID();
    private static final UUID COURT = UUID.randomUUID();
    private static final UUID ACCIDENT = UUID.randomUUID();

    private static final ScoringRule DEDUCTION = new ScoringRule(FILES, RuleKind.DEDUCTION,
            "每发现一件不规范文件扣0.5分，扣完为止", new BigDecimal("0.5"), "不规范文件", null, null, null);
    private static final ScoringRule BONUS = new ScoringRule(AWARDS, RuleKind.BONUS, "获省级以上表彰的每项加1分",
            BigDecimal.ONE, "省级以上表彰", null, null, null);
    private static final ScoringRule NOT_APPLICABLE = new ScoringRule(PUBLICITY, RuleKind.NOT_APPLICABLE, null, null,
            null, null, null, null);
    private static final ScoringRule THRESHOLD = new ScoringRule(COURT, RuleKind.THRESHOLD, "出庭应诉率低于100%扣分", null,
            null, null, "出庭应诉率", List.of(new ThresholdBand(new BigDecimal("100"), BigDecimal.ONE),
                    new ThresholdBand(new BigDecimal("80"), new BigDecimal("2"))));
    private static final ScoringRule VETO = new ScoringRule(ACCIDENT, RuleKind.VETO, null, null, null,
            "发生重大违法行政案件", null, null);

    @Test
    void aDeductionTakesItsPointsPerOccurrenceDownToZero() {
        Suggestion three = ScoringEngine.suggest(DEDUCTION, new BigDecimal("6"), occurrences(3));
        Suggestion twenty = ScoringEngine.suggest(DEDUCTION, new BigDecimal("6"), occurrences(20));

        assertThat(three.score()).isEqualByComparingTo("4.5");
        assertThat(zh(three)).contains("规则：每发现一件不规范文件扣0.5分，扣完为止", "基础分6分；发现不规范文件3件，每件扣0.5分，共扣1.5分",
                "建议得分4.5分");
        assertThat(twenty.score()).isEqualByComparingTo("0");
        assertThat(zh(twenty)).anyMatch(step -> step.endsWith("扣完为止"));
    }

    @Test
    void aRuleWithoutItsInputSuggestsNothingAndSaysWhatIsMissing() {
        Suggestion suggestion = ScoringEngine.suggest(DEDUCTION, new BigDecimal("6"), ScoringInput.NONE);

        assertThat(suggestion.score()).isNull();
        assertThat(zh(suggestion)).contains("请填写发现的不规范文件件数");
        assertThat(ScoringEngine.suggest(null, BigDecimal.TEN, ScoringInput.NONE).score()).isNull();
    }

    @Test
    void aBonusIsCappedByItsIndicatorAndTheSumOfBonusesByTheCampaign() {
        assertThat(ScoringEngine.suggest(BONUS, new BigDecimal("3"), occurrences(5)).score()).isEqualByComparingTo("3");

        RuleSet rules = rules(new BigDecimal("2"), DEDUCTION, BONUS);
        ScoreSheet sheet = ScoringEngine.sheet(rules, List.of(line(FILES, "6", "5"), line(AWARDS, "3", "3")), List.of());

        assertThat(sheet.bonusBeforeCap()).isEqualByComparingTo("3");
        assertThat(sheet.bonus()).isEqualByComparingTo("2");
        assertThat(sheet.totalScore()).isEqualByComparingTo("7");
        assertThat(sheet.maxScore()).isEqualByComparingTo("6");
        assertThat(sheet.trace().stream().map(Text::zh)).anyMatch(step -> step.contains("超过本次督察加分上限2分"));
    }

    @Test
    void aNotApplicableIndicatorIsNotScoredAndTheTotalIsRescaled() {
        Suggestion suggestion = ScoringEngine.suggest(NOT_APPLICABLE, new BigDecimal("4"), ScoringInput.NONE);
        ScoreSheet sheet = ScoringEngine.sheet(rules(null, NOT_APPLICABLE),
                List.of(line(FILES, "6", "4.5"), line(PUBLICITY, "4", null)), List.of());

        assertThat(suggestion.applicable()).isFalse();
        assertThat(suggestion.score()).isNull();
        assertThat(sheet.totalScore()).isEqualByComparingTo("4.5");
        assertThat(sheet.maxScore()).isEqualByComparingTo("6");
        assertThat(sheet.fullMaxScore()).isEqualByComparingTo("10");
        assertThat(sheet.rescaledTotal()).isEqualByComparingTo("7.5");
        assertThat(sheet.trace().stream().map(Text::zh)).contains("1项指标不适用，总分按适用指标折算：4.5 ÷ 6 × 10 = 7.5分");
    }

    @Test
    void aThresholdDeductsTheLargestBandTheReportedValueFallsBelow() {
        BigDecimal points = new BigDecimal("4.5");

        assertThat(ScoringEngine.suggest(THRESHOLD, points, metric("100")).score()).isEqualByComparingTo("4.5");
        assertThat(ScoringEngine.suggest(THRESHOLD, points, metric("95")).score()).isEqualByComparingTo("3.5");
        Suggestion low = ScoringEngine.suggest(THRESHOLD, points, metric("60"));
        assertThat(low.score()).isEqualByComparingTo("2.5");
        assertThat(zh(low)).contains("出庭应诉率报送值60，低于扣分线，扣2分");
    }

    @Test
    void aTriggeredVetoScoresZeroAndFailsTheReportWhateverTheTotal() {
        Suggestion triggered = ScoringEngine.suggest(VETO, new BigDecimal("2"), new ScoringInput(null, null, true));
        Suggestion clear = ScoringEngine.suggest(VETO, new BigDecimal("2"), new ScoringInput(null, null, false));
        ScoreSheet sheet = ScoringEngine.sheet(rules(null, VETO), List.of(line(FILES, "6", "6"), line(ACCIDENT, "2", "0")),
                List.of(ACCIDENT));

        assertThat(triggered.veto()).isTrue();
        assertThat(triggered.score()).isEqualByComparingTo("0");
        assertThat(clear.veto()).isFalse();
        assertThat(clear.score()).isEqualByComparingTo("2");
        assertThat(sheet.vetoed()).isTrue();
        assertThat(sheet.trace().stream().map(Text::en)).contains("Veto triggered: the grade is FAIL whatever the total");
    }

    private static RuleSet rules(BigDecimal bonusCap, ScoringRule... rules) {
        return new RuleSet(UUID.randomUUID(), 1, bonusCap, List.of(rules), null, null);
    }

    private static ScoringEngine.Line line(UUID indicator, String max, String score) {
        return new ScoringEngine.Line(indicator, new BigDecimal(max), score == null ? null : new BigDecimal(score));
    }

    private static ScoringInput occurrences(int count) {
        return new ScoringInput(count, null, null);
    }

    private static ScoringInput metric(String value) {
        return new ScoringInput(null, new BigDecimal(value), null);
    }

    private static List<String> zh(Suggestion suggestion) {
        return suggestion.trace().stream().map(Text::zh).toList();
    }
}
