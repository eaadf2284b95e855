package org.supervisionflow.workflows.lifecycle;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The grade thresholds (lower bounds of the total score in percent of the maximum) a lifecycle starts with: a
 * campaign's own under {@code supervision.grading.campaigns.<campaign id>.*}, otherwise the defaults
 * (优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格). They become process variables, which the grade table reads.
 */
@ConfigurationProperties("supervision.grading")
public record GradingProperties(@DefaultValue Thresholds defaults, Map<UUID, Thresholds> campaigns) {

    public GradingProperties {
        campaigns = campaigns == null ? Map.of() : Map.copyOf(campaigns);
    }

    /** The built-in defaults, for code that runs without Spring's binding (process tests). */
    public static GradingProperties withDefaults() {
        return new GradingProperties(new Thresholds(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60")),
                Map.of());
    }

    /** The thresholds of a campaign. */
    public Thresholds forCampaign(UUID campaignId) {
        return campaigns.getOrDefault(campaignId, defaults);
    }

    /** Lower bounds, in percent, of 优秀, 良好 and 合格. */
    public record Thresholds(@DefaultValue("90") BigDecimal excellentFrom, @DefaultValue("80") BigDecimal goodFrom,
            @DefaultValue("60") BigDecimal passFrom) {
    }
}
