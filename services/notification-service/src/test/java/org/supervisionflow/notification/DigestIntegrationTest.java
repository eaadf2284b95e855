package org.supervisionflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.WarningLevel;
import org.supervisionflow.contracts.workflow.StageChanged;
import org.supervisionflow.notification.digest.Digests;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** One digest mail a day per department leader with the department's open items; never a second one that day. */
class DigestIntegrationTest extends IntegrationTestSupport {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 2);

    @Autowired
    private Digests digests;

    @Test
    void mailsEachLeaderTheirDepartmentsOpenItemsOnceADay() throws Exception {
        Events sifa = Events.of("sifa");
        Events closed = Events.of("sifa");
        sifa.arrive(kafka, assignments);
        kafka.send(new StageChanged(UUID.randomUUID(), sifa.assignmentId(), Instant.now(), "sifa", ReportStage.ASSIGNED,
                ReportStage.DRAFTING));
        kafka.send(sifa.warning(WarningLevel.YELLOW, 2));
        kafka.send(closed.issued());
        kafka.send(new StageChanged(UUID.randomUUID(), closed.assignmentId(), Instant.now(), "sifa", ReportStage.VERIFYING,
                ReportStage.CLOSED));
        // The yellow warning's mail to the leader shows that the assignment's facts were all taken in.
        awaitMails(Directory.email("leader-sifa"), "黄牌预警：司法局《" + sifa.campaignTitle(), 1);

        assertThat(digests.send(DAY)).isPositive();

        MimeMessage digest = awaitMails(Directory.email("leader-sifa"), "每日督办摘要（2026-04-02）", 1).getFirst();
        assertThat(digest.getSubject()).startsWith("【督察通】每日督办摘要（2026-04-02）：司法局");
        String html = (String) digest.getContent();
        assertThat(html).contains("负责人sifa", sifa.campaignTitle(), "填报中", "2026-03-31", "黄牌预警",
                "http://localhost:8080/reports/" + sifa.reportId());
        assertThat(html).doesNotContain(closed.campaignTitle());

        // A second run (a restart, another instance) queues nothing, so no second mail can follow the first.
        assertThat(digests.send(DAY)).isZero();
        assertThat(mails(Directory.email("leader-sifa"), "每日督办摘要（2026-04-02）")).hasSize(1);
    }

    private static List<MimeMessage> awaitMails(String to, String subject, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> mails(to, subject), found -> found.size() >= count);
    }

    private static List<MimeMessage> mails(String to, String subject) {
        return Arrays.stream(TestServers.mail().getReceivedMessages()).filter(mail -> {
            try {
                return mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
                        && mail.getSubject().contains(subject);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
