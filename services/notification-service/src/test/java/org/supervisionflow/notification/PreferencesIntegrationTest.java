package org.supervisionflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.supervisionflow.contracts.WarningLevel;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/** Each person chooses channels per kind; the defaults hold until they do; bad input changes nothing. */
class PreferencesIntegrationTest extends IntegrationTestSupport {

    @Test
    void defaultsAreInAppAlwaysEmailForWarningsReturnsAndFindingsSmsForRedWarningsAndEscalations() {
        // Someone who never chose anything (other tests change the demo users' choices).
        String newcomer = TestTokens.token("newcomer", "新同事", List.of("auditor"), null);
        JsonNode preferences = api.get("/api/notifications/preferences", newcomer);
        Map<String, List<String>> channels = channels(preferences);

        assertThat(channels).hasSize(18);
        assertThat(channels.values()).allMatch(chosen -> chosen.contains("IN_APP"));
        assertThat(channels.get("ASSIGNMENT_ISSUED")).containsExactly("IN_APP");
        assertThat(channels.get("YELLOW_WARNING")).containsExactlyInAnyOrder("IN_APP", "EMAIL");
        assertThat(channels.get("REPORT_RETURNED")).containsExactlyInAnyOrder("IN_APP", "EMAIL");
        assertThat(channels.get("FINDINGS_RAISED")).containsExactlyInAnyOrder("IN_APP", "EMAIL");
        assertThat(channels.get("RED_WARNING")).containsExactlyInAnyOrder("IN_APP", "EMAIL", "SMS");
        assertThat(channels.get("ESCALATION")).containsExactlyInAnyOrder("IN_APP", "EMAIL", "SMS");
        assertThat(preferences.findValues("isDefault")).allMatch(JsonNode::asBoolean);
        JsonNode red = preferences.findParents("kind").stream()
                .filter(preference -> preference.get("kind").asText().equals("RED_WARNING")).findFirst().orElseThrow();
        assertThat(red.get("labelZh").asText()).isEqualTo("红牌预警");
        assertThat(red.get("labelEn").asText()).isEqualTo("Red warning");
    }

    @Test
    void aPersonsChoiceDecidesTheirChannelsAndNobodyElses() {
        String submitter = TestTokens.submitter("shichang");
        JsonNode updated = Api.body(api.call(HttpMethod.PUT, "/api/notifications/preferences",
                Map.of("preferences", List.of(Map.of("kind", "YELLOW_WARNING", "channels", List.of("SMS")))), submitter), 200);
        assertThat(channels(updated).get("YELLOW_WARNING")).containsExactlyInAnyOrder("IN_APP", "SMS");
        assertThat(channels(api.get("/api/notifications/preferences", TestTokens.leader("shichang"))).get("YELLOW_WARNING"))
                .containsExactlyInAnyOrder("IN_APP", "EMAIL");

        Events shichang = Events.of("shichang");
        shichang.arrive(kafka, assignments);
        kafka.send(shichang.warning(WarningLevel.YELLOW, 1));

        await().atMost(Duration.ofSeconds(20)).until(() -> channelsOf(shichang).size() == 4);
        assertThat(channelsOf(shichang)).containsExactlyInAnyOrder("submitter-shichang IN_APP", "submitter-shichang SMS",
                "leader-shichang IN_APP", "leader-shichang EMAIL");
    }

    @Test
    void rejectsBadPreferencesAndSavesNothing() {
        String leader = TestTokens.leader("minzheng");
        JsonNode before = api.get("/api/notifications/preferences", leader);

        JsonNode unknownKind = Api.body(api.call(HttpMethod.PUT, "/api/notifications/preferences",
                Map.of("preferences", List.of(Map.of("kind", "NO_SUCH_KIND", "channels", List.of("EMAIL")))), leader), 400);
        JsonNode noChannels = Api.body(api.call(HttpMethod.PUT, "/api/notifications/preferences",
                Map.of("preferences", List.of(Map.of("kind", "DEADLINE_REMINDER"))), leader), 400);
        JsonNode twice = Api.body(api.call(HttpMethod.PUT, "/api/notifications/preferences",
                Map.of("preferences", List.of(Map.of("kind", "DEADLINE_REMINDER", "channels", List.of("EMAIL")),
                        Map.of("kind", "DEADLINE_REMINDER", "channels", List.of("SMS")))), leader), 422);

        assertThat(noChannels.get("errors").toString()).contains("channels");
        assertThat(twice.get("code").asText()).isEqualTo("duplicate-kind");
        assertThat(twice.get("i18n").toString()).contains("通知类型重复", "listed twice");
        assertThat(unknownKind.get("status").asInt()).isEqualTo(400);
        assertThat(api.get("/api/notifications/preferences", leader)).isEqualTo(before);
    }

    private List<String> channelsOf(Events events) {
        JsonNode deliveries = api.get("/api/notifications/deliveries?assignmentId=" + events.assignmentId(),
                TestTokens.officeAdmin());
        return StreamSupport.stream(deliveries.spliterator(), false)
                .filter(delivery -> delivery.get("sourceEventType").asText().equals("WarningRaised"))
                .map(delivery -> delivery.get("recipientUsername").asText() + " " + delivery.get("channel").asText())
                .toList();
    }

    private static Map<String, List<String>> channels(JsonNode preferences) {
        return StreamSupport.stream(preferences.spliterator(), false).collect(Collectors.toMap(
                preference -> preference.get("kind").asText(),
                preference -> StreamSupport.stream(preference.get("channels").spliterator(), false).map(JsonNode::asText)
                        .toList()));
    }
}
