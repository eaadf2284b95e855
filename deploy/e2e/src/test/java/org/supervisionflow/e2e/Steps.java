package org.supervisionflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/** What the whole-stack API tests do again and again: publish a campaign, wait for what appears asynchronously. */
final class Steps {

    /** "Within seconds": the outbox, Kafka, the engine and the next service, each asynchronous. */
    static final Duration WITHIN = Duration.ofSeconds(30);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Steps() {
    }

    /** The office admin creates a campaign on the demo framework for these departments and publishes it. */
    static UUID publishCampaign(String admin, String kind, String title, List<String> departments) {
        Gateway.Response frameworks = Gateway.get("/api/frameworks", admin);
        assertThat(frameworks.status()).isEqualTo(200);
        assertThat(frameworks.body()).as("the demo data's framework").isNotEmpty();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Gateway.Response created = Gateway.post("/api/campaigns", admin, Map.of(
                "kind", kind,
                "title", "端到端测试：" + title + " " + unique,
                "documentNumber", "督察办〔2026〕E2E-" + unique,
                "period", "2026年度",
                "dueDate", LocalDate.now(CHINA).plusDays(30).toString(),
                "asksForPrincipalDuty", "ANNUAL_REPORT".equals(kind),
                "frameworkId", frameworks.body().get(0).get("id").asText(),
                "departments", departments.stream().map(code -> Map.of("departmentCode", code)).toList()));
        assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
        UUID campaign = UUID.fromString(created.body().get("id").asText());
        Gateway.Response published = Gateway.post("/api/campaigns/" + campaign + "/publish", admin, Map.of());
        assertThat(published.status()).as("publish: %s", published.body()).isEqualTo(200);
        return campaign;
    }

    /** The one object a list answers for this user, waiting (bounded) for it to appear. */
    static JsonNode theOnlyOne(String path, String token) {
        return eventually(() -> {
            Gateway.Response response = Gateway.get(path, token);
            assertThat(response.status()).as("GET %s", path).isEqualTo(200);
            assertThat(response.body()).as("GET %s", path).hasSize(1);
            return response.body().get(0);
        });
    }

    /** What {@code found} returns once it stops failing, within the bound: each step is asynchronous. */
    static <T> T eventually(Supplier<T> found) {
        AtomicReference<T> result = new AtomicReference<>();
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> result.set(found.get()));
        return result.get();
    }

    static void awaitStage(String assignment, String stage, String token) {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(
                Gateway.get("/api/assignments/" + assignment, token).body().get("stage").asText()).isEqualTo(stage));
    }

    /** Asserts the call answered {@code status}, showing the body when it did not. */
    static JsonNode expect(int status, Gateway.Response response) {
        assertThat(response.status()).as("%s", response.body()).isEqualTo(status);
        return response.body();
    }
}
