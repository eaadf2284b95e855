package org.supervisionflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A report that nobody sends in goes overdue: the engine's deadline watch reminds, marks it missed and raises a yellow
 * warning (黄牌), the progress board and the department's task list show it, and the department's leader receives the
 * warning by mail. The watch's timers lie days ahead, so the test fires each one now through the engine's REST API,
 * as an operator can in Cockpit; everything after the timer runs as it would on the day.
 */
@WholeStack
class OverdueReportE2ETest {

    private final String admin = KeycloakTokens.accessToken("admin");
    private final String submitter = KeycloakTokens.accessToken("minzheng-submitter");

    @Test
    void anOverdueReportGetsItsYellowWarningAndItsLeaderTheMail() {
        UUID campaign = Steps.publishCampaign(admin, "QUARTERLY_PROGRESS", "季度进展报送", List.of("minzheng"));
        String assignment = Steps.theOnlyOne("/api/assignments?campaignId=" + campaign, submitter).get("id").asText();
        Steps.awaitStage(assignment, "ASSIGNED", submitter);
        String watch = Steps.eventually(() -> {
            List<String> watches = Operators.processInstances("DeadlineProcess", assignment);
            assertThat(watches).as("the report's deadline watch").hasSize(1);
            return watches.get(0);
        });
        List<String> before = Operators.mailSubjects("minzheng-leader@supervision.local");

        // Three reminders, the miss, then the first working day late: the warning table answers yellow.
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode detail = Gateway.get("/api/assignments/" + assignment, admin).body();
            if (!"YELLOW".equals(detail.path("warningLevel").asText())) {
                Operators.fireTimer(watch);
            }
            assertThat(detail.path("warningLevel").asText()).isEqualTo("YELLOW");
        });

        JsonNode onTheBoard = Gateway.get("/api/assignments?campaignId=" + campaign, admin).body().get(0);
        assertThat(onTheBoard.path("overdue").asBoolean()).as("progress board: %s", onTheBoard).isTrue();
        assertThat(onTheBoard.path("warningLevel").asText()).isEqualTo("YELLOW");
        JsonNode task = Gateway.get("/api/assignments?campaignId=" + campaign, submitter).body().get(0);
        assertThat(task.path("warningLevel").asText()).as("the department's task list").isEqualTo("YELLOW");

        await().atMost(Steps.WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<String> received = new ArrayList<>(Operators.mailSubjects("minzheng-leader@supervision.local"));
            received.removeAll(before);
            assertThat(received).as("mail to the leader").anySatisfy(subject -> assertThat(subject).contains("黄牌预警"));
        });

        JsonNode timeline = Gateway.get("/api/workflow/assignments/" + assignment + "/timeline", admin).body();
        List<String> types = new ArrayList<>();
        timeline.get("entries").forEach(entry -> types.add(entry.get("type").asText()));
        assertThat(types).containsSubsequence("DeadlineApproaching", "DeadlineMissed", "WarningRaised");
        assertThat(types).as("the mail attempt is in the history").contains("NotificationAttempted");
    }
}
