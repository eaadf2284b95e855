package org.supervisionflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.testsupport.TestTokens;

/**
 * Server-sent events carry each new notification and each changed unread count to its own person's open streams only,
 * with heartbeats between.
 */
class LiveStreamIntegrationTest extends IntegrationTestSupport {

    @LocalServerPort
    private int port;

    @Test
    void pushesNewNotificationsAndUnreadCountsToTheirOwnPersonsOpenStreamsOnly() {
        Events minzheng = Events.of("minzheng");
        minzheng.arrive(kafka, assignments);
        try (EventStream own = EventStream.open(port, TestTokens.leader("minzheng"));
                EventStream other = EventStream.open(port, TestTokens.leader("sifa"))) {
            assertThat(own.status()).isEqualTo(200);
            assertThat(own.contentType()).startsWith("text/event-stream");
            await().atMost(Duration.ofSeconds(10)).until(() -> own.lines().contains("event:ready"));
            assertThat(own.lines()).anyMatch(line -> line.matches("data:\\{\"unread\":\\d+}"));

            kafka.send(minzheng.escalation(EscalationTarget.DEPARTMENT_LEADER));

            await().atMost(Duration.ofSeconds(20)).until(() -> own.lines().stream()
                    .anyMatch(line -> line.startsWith("data:") && line.contains(minzheng.campaignTitle())));
            int data = own.lines().indexOf(own.lines().stream()
                    .filter(line -> line.startsWith("data:") && line.contains(minzheng.campaignTitle())).findFirst().orElseThrow());
            assertThat(own.lines().subList(0, data)).contains("event:notification");
            assertThat(own.lines().get(data)).contains("\"kind\":\"ESCALATION\"", "\"recipientUsername\":\"leader-minzheng\"",
                    "\"facts\":{", "\"workingDaysOverdue\":\"8\"", "\"escalationTarget\":\"DEPARTMENT_LEADER\"");
            assertThat(other.lines()).noneMatch(line -> line.contains(minzheng.campaignTitle()));

            // Read in one tab, the other tabs' badges follow.
            Api.body(api.call(HttpMethod.POST, "/api/notifications/read-all", null, TestTokens.leader("minzheng")), 200);
            await().atMost(Duration.ofSeconds(10)).until(() -> own.lines().contains("event:unread"));
            assertThat(own.lines().get(own.lines().lastIndexOf("event:unread") + 1)).isEqualTo("data:{\"unread\":0}");
            assertThat(other.lines()).doesNotContain("event:unread");
        }
    }

    @Test
    void keepsAnIdleStreamOpenWithHeartbeatComments() {
        try (EventStream stream = EventStream.open(port, TestTokens.viewer())) {
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.lines().stream()
                    .filter(":heartbeat"::equals).count() >= 2);
        }
    }
}
