package org.supervisionflow.workflows.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class GradingPropertiesTest {

    private static final UUID CAMPAIGN = UUID.fromString("6f1c2d4e-0b7a-4c1e-9a55-3e2f8d9b1c70");

    @Test
    void withoutSettingsEveryCampaignIsGradedFrom90And80And60Percent() {
        GradingProperties grading = bind(Map.of());

        assertThat(grading.forCampaign(UUID.randomUUID())).isEqualTo(GradingProperties.withDefaults().defaults());
        assertThat(grading.defaults().excellentFrom()).isEqualByComparingTo("90");
        assertThat(grading.defaults().goodFrom()).isEqualByComparingTo("80");
        assertThat(grading.defaults().passFrom()).isEqualByComparingTo("60");
    }

    @Test
    void aCampaignsOwnThresholdsApplyToItAloneAndItsUnsetOnesAreTheBuiltInOnes() {
        GradingProperties grading = bind(Map.of(
                "supervision.grading.campaigns." + CAMPAIGN + ".excellent-from", "95",
                "supervision.grading.campaigns." + CAMPAIGN + ".good-from", "85",
                "supervision.grading.defaults.pass-from", "65"));

        assertThat(grading.forCampaign(CAMPAIGN).excellentFrom()).isEqualByComparingTo("95");
        assertThat(grading.forCampaign(CAMPAIGN).goodFrom()).isEqualByComparingTo("85");
        assertThat(grading.forCampaign(CAMPAIGN).passFrom()).isEqualByComparingTo("60");
        assertThat(grading.forCampaign(UUID.randomUUID()).excellentFrom()).isEqualByComparingTo("90");
        assertThat(grading.forCampaign(UUID.randomUUID()).passFrom()).isEqualByComparingTo("65");
    }

    private static GradingProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("supervision.grading", GradingProperties.class);
    }
}
