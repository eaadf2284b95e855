package org.supervisionflow.review.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.MetricSpec;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.problem.Violations;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.review.scope.Scopes;
import org.supervisionflow.review.scope.ScopedIndicator;

/** Publishes and reads the versions of a campaign's scoring rules. */
@Service
public class ScoringRules {

    /** The campaign as error messages name it. */
    public static final Text CAMPAIGN = Text.of("督察活动", "Campaign");

    private static final Text NOT_USED = Text.of("该类型的规则不使用此项", "This kind of rule does not use this field");
    private static final Logger log = LoggerFactory.getLogger(ScoringRules.class);

    private final RuleSetStore store;
    private final Scopes scopes;
    private final Clock clock;

    ScoringRules(RuleSetStore store, Scopes scopes, Clock clock) {
        this.store = store;
        this.scopes = scopes;
        this.clock = clock;
    }

    /**
     * Publishes the rules as the campaign's next version; reviews opened from now on are scored by it. Every rule
     * names an indicator the campaign assigned, at most once, with the parameters its kind needs and no others; a
     * threshold names a metric the indicator asks departments to report.
     *
     * @throws ProblemException 404 for a campaign that has issued no assignment, 422 listing every broken rule
     */
    @Transactional
    public RuleSet publish(UUID campaignId, BigDecimal bonusCap, List<ScoringRule> rules, CurrentUser admin) {
        List<ScopedIndicator> indicators = scopes.indicatorsOfCampaign(campaignId);
        if (indicators.isEmpty()) {
            throw ProblemException.notFound(CAMPAIGN, campaignId);
        }
        check(indicators, rules);
        RuleSet published = store.addNextVersion(campaignId, bonusCap, rules, clock.instant(), admin.displayName());
        log.info("Campaign {}: scoring rules version {} ({} rules) published by {}", campaignId, published.version(),
                rules.size(), admin.username());
        return published;
    }

    /** The version a review opened now is scored by, if the campaign has rules. */
    @Transactional(readOnly = true)
    public Optional<Integer> versionInForce(UUID campaignId) {
        return store.latestVersion(campaignId);
    }

    @Transactional(readOnly = true)
    public Optional<RuleSet> current(UUID campaignId) {
        return store.latestVersion(campaignId).flatMap(version -> store.find(campaignId, version));
    }

    @Transactional(readOnly = true)
    public Optional<RuleSet> version(UUID campaignId, int version) {
        return store.find(campaignId, version);
    }

    /** The rules a review is scored by: its version, or none when the campaign had no rules when it opened. */
    @Transactional(readOnly = true)
    public RuleSet of(UUID campaignId, Integer version) {
        return version == null ? RuleSet.NONE : store.find(campaignId, version).orElseThrow();
    }

    /** Every published version, newest first, without their rules. */
    @Transactional(readOnly = true)
    public List<RuleSet> versions(UUID campaignId) {
        return store.versions(campaignId);
    }

    private static void check(List<ScopedIndicator> indicators, List<ScoringRule> rules) {
        Violations violations = new Violations();
        Map<UUID, ScopedIndicator> known = indicators.stream()
                .collect(Collectors.toMap(ScopedIndicator::indicatorId, Function.identity()));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            ScoringRule rule = rules.get(i);
            String at = "rules[" + i + "].";
            if (!known.containsKey(rule.indicatorId())) {
                violations.add(at + "indicatorId", Text.of("本次督察没有这个指标", "The campaign assigns no such indicator"));
            } else if (!seen.add(rule.indicatorId())) {
                violations.add(at + "indicatorId", Text.of("每个指标只能有一条规则", "An indicator has one rule at most"));
            }
            boolean counts = rule.kind() == RuleKind.DEDUCTION || rule.kind() == RuleKind.BONUS;
            expect(violations, at + "perOccurrence", rule.perOccurrence() != null, counts,
                    Text.of("扣分和加分规则须写明每件（项）的分值", "Deductions and bonuses need the points per occurrence"));
            if (!counts && rule.occurrenceLabel() != null) {
                violations.add(at + "occurrenceLabel", NOT_USED);
            }
            expect(violations, at + "vetoCondition", rule.vetoCondition() != null && !rule.vetoCondition().isBlank(),
                    rule.kind() == RuleKind.VETO, Text.of("一票否决规则须写明否决情形", "A veto needs its condition"));
            boolean threshold = rule.kind() == RuleKind.THRESHOLD;
            expect(violations, at + "metricCode", rule.metricCode() != null && !rule.metricCode().isBlank(), threshold,
                    Text.of("阈值规则须指明报送的指标数据", "A threshold needs the reported metric"));
            expect(violations, at + "bands", !rule.bands().isEmpty(), threshold,
                    Text.of("阈值规则须至少有一条扣分线", "A threshold needs at least one band"));
            ScopedIndicator indicator = known.get(rule.indicatorId());
            if (threshold && indicator != null && rule.metricCode() != null && indicator.metric(rule.metricCode()).isEmpty()) {
                violations.add(at + "metricCode", Text.of("该指标没有要求报送“" + rule.metricCode() + "”，可选："
                        + codes(indicator), "The indicator asks for no metric " + rule.metricCode() + "; it asks for: "
                        + codes(indicator)));
            }
        }
        violations.throwIfAny("invalid-scoring-rules", Text.of("评分规则不完整或有误", "The scoring rules are incomplete or wrong"));
    }

    private static String codes(ScopedIndicator indicator) {
        return indicator.metrics().isEmpty() ? "—"
                : indicator.metrics().stream().map(MetricSpec::code).collect(Collectors.joining("、"));
    }

    /** A parameter is given exactly when the rule's kind uses it. */
    private static void expect(Violations violations, String field, boolean given, boolean needed, Text whenMissing) {
        if (needed && !given) {
            violations.add(field, whenMissing);
        } else if (!needed && given) {
            violations.add(field, NOT_USED);
        }
    }
}
