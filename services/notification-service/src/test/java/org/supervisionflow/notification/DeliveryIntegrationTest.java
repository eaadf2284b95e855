package org.supervisionflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.supervisionflow.contracts.DeliveryStatus;
import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.contracts.NotificationChannel;
import org.supervisionflow.contracts.WarningLevel;
import org.supervisionflow.contracts.notification.NotificationAttempted;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Email reaches a real SMTP server (GreenMail) and SMS a real HTTP webhook; a failed attempt is retried with back-off,
 * and every attempt is recorded and published as NotificationAttempted.
 */
class DeliveryIntegrationTest extends IntegrationTestSupport {

    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aYellowWarningMailsTheDepartmentInChineseWithALinkToTheReport() throws Exception {
        Events minzheng = Events.of("minzheng");
        minzheng.arrive(kafka, assignments);

        kafka.send(minzheng.warning(WarningLevel.YELLOW, 1));

        List<MimeMessage> mails = awaitMails(minzheng.campaignTitle(), 2);
        assertThat(mails).extracting(mail -> mail.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsExactlyInAnyOrder(Directory.email("submitter-minzheng"), Directory.email("leader-minzheng"));
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject())
                .isEqualTo("【督察通】黄牌预警：民政局《" + minzheng.campaignTitle() + "》报告报送逾期1个工作日");
        assertThat((String) mail.getContent()).contains("您好", "已逾期1个工作日", "黄牌",
                "http://localhost:8080/reports/" + minzheng.reportId());
        assertThat(mail.getFrom()[0].toString()).contains("noreply@supervision.local");

        List<NotificationAttempted> attempts = kafka.await(NotificationAttempted.class,
                attempt -> attempt.assignmentId().equals(minzheng.assignmentId()), 5, Duration.ofSeconds(20));
        assertThat(attempts).filteredOn(attempt -> attempt.sourceEventType().equals("WarningRaised"))
                .extracting(NotificationAttempted::channel, NotificationAttempted::status,
                NotificationAttempted::attempt, NotificationAttempted::sourceEventType).containsOnly(
                        tuple(NotificationChannel.IN_APP, DeliveryStatus.DELIVERED, 1,
                                "WarningRaised"),
                        tuple(NotificationChannel.EMAIL, DeliveryStatus.DELIVERED, 1,
                                "WarningRaised"));
        assertThat(attempts).extracting(NotificationAttempted::recipientUsername).contains("leader-minzheng");

        JsonNode deliveries = api.get("/api/notifications/deliveries?assignmentId=" + minzheng.assignmentId(),
                TestTokens.leader("minzheng"));
        List<JsonNode> warning = StreamSupport.stream(deliveries.spliterator(), false)
                .filter(delivery -> delivery.get("sourceEventType").asText().equals("WarningRaised")).toList();
        assertThat(warning).extracting(delivery -> delivery.get("channel").asText())
                .containsExactlyInAnyOrder("IN_APP", "IN_APP", "EMAIL", "EMAIL");
        assertThat(warning).extracting(delivery -> delivery.get("status").asText()).containsOnly("DELIVERED");
        assertThat(warning).extracting(delivery -> delivery.at("/attempts/0/status").asText()).containsOnly("DELIVERED");
    }

    @Test
    void aRedWarningTextsThroughTheWebhookAndRetriesAFailedAttempt() throws Exception {
        Events sifa = Events.of("sifa");
        sifa.arrive(kafka, assignments);
        awaitNothingPending();
        TestServers.failNextSms(1);

        kafka.send(sifa.warning(WarningLevel.RED, 5));

        List<TestServers.SmsRequest> requests = await().atMost(Duration.ofSeconds(20))
                .until(() -> smsAbout(sifa), found -> found.stream().filter(TestServers.SmsRequest::accepted).count() == 2);
        assertThat(requests).hasSize(3);
        assertThat(requests).extracting(TestServers.SmsRequest::secret).containsOnly("test-sms-secret");
        assertThat(requests.getFirst().contentType()).startsWith("application/json");
        JsonNode accepted = json.readTree(requests.getLast().body());
        assertThat(accepted.get("to").asText()).matches("1380000001[23]");
        assertThat(accepted.get("text").asText()).startsWith("【督察通】红牌预警：司法局《" + sifa.campaignTitle() + "》")
                .endsWith(" http://localhost:8080/reports/" + sifa.reportId());

        List<NotificationAttempted> sms = kafka.await(NotificationAttempted.class,
                attempt -> attempt.assignmentId().equals(sifa.assignmentId()) && attempt.channel() == NotificationChannel.SMS,
                3, Duration.ofSeconds(20));
        NotificationAttempted failed = sms.stream().filter(attempt -> attempt.status() == DeliveryStatus.FAILED)
                .findFirst().orElseThrow();
        assertThat(failed.attempt()).isEqualTo(1);
        assertThat(failed.failureReason()).contains("503");
        assertThat(sms).filteredOn(attempt -> attempt.recipientUsername().equals(failed.recipientUsername()))
                .extracting(NotificationAttempted::attempt, NotificationAttempted::status)
                .containsExactly(tuple(1, DeliveryStatus.FAILED),
                        tuple(2, DeliveryStatus.DELIVERED));
    }

    @Test
    void aDeliveryThatKeepsFailingIsGivenUpAfterTheLastAttemptWithEveryErrorRecorded() {
        Events shichang = Events.of("shichang");
        shichang.arrive(kafka, assignments);
        awaitNothingPending();
        TestServers.failNextSms(3);

        kafka.send(shichang.escalation(EscalationTarget.DEPARTMENT_LEADER));

        JsonNode sms = await().atMost(Duration.ofSeconds(30)).until(() -> smsDelivery(shichang),
                delivery -> delivery != null && delivery.get("status").asText().equals("FAILED"));
        assertThat(sms.get("attempts")).hasSize(3);
        assertThat(sms.get("attempts").findValues("status").stream().map(JsonNode::asText).toList())
                .containsOnly("FAILED");
        assertThat(sms.get("attempts").get(2).get("failureReason").asText()).contains("503");
        assertThat(sms.has("nextAttemptAt")).isFalse();
    }

    private JsonNode smsDelivery(Events events) {
        JsonNode deliveries = api.get("/api/notifications/deliveries?assignmentId=" + events.assignmentId(),
                TestTokens.officeAdmin());
        for (JsonNode delivery : deliveries) {
            if (delivery.get("channel").asText().equals("SMS")) {
                return delivery;
            }
        }
        return null;
    }

    private List<MimeMessage> awaitMails(String text, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(TestServers.mail().getReceivedMessages())
                .filter(mail -> subject(mail).contains(text)).toList(), found -> found.size() >= count);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<TestServers.SmsRequest> smsAbout(Events events) {
        return TestServers.smsRequests().stream().filter(request -> request.body().contains(events.campaignTitle())).toList();
    }

    /** Lets other tests' mail and SMS go out first, so that the failures this test arranges hit its own SMS. */
    private void awaitNothingPending() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from delivery where status = 'PENDING'")
                .query(Long.class).single() == 0);
    }
}
