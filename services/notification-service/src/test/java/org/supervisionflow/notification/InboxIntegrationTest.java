package org.supervisionflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.contracts.WarningLevel;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.notification.inbox.Notifications;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Events from Kafka reach the right people's inboxes once, with the facts their words state; each person reads and
 * marks their own.
 */
class InboxIntegrationTest extends IntegrationTestSupport {

    @Autowired
    private Notifications notifications;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ObjectMapper objectMapper;

    @Test
    void anIssuedAssignmentReachesTheDepartmentsSubmittersOnly() {
        Events minzheng = Events.of("minzheng");

        kafka.send(minzheng.issued());

        JsonNode notification = inboxes.awaitMentioning(TestTokens.submitter("minzheng"), minzheng.campaignTitle(), 1).getFirst();
        assertThat(notification.get("kind").asText()).isEqualTo("ASSIGNMENT_ISSUED");
        assertThat(notification.get("title").asText()).isEqualTo("新的督察任务：《" + minzheng.campaignTitle() + "》");
        assertThat(notification.get("body").asText()).contains("民政局", "依法治市办〔2026〕3号", "2026-03-31");
        assertThat(notification.get("link").asText()).isEqualTo("/tasks");
        assertThat(notification.get("facts")).isEqualTo(json(Map.of("campaignTitle", minzheng.campaignTitle(),
                "departmentCode", "minzheng", "documentNumber", "依法治市办〔2026〕3号", "dueDate", "2026-03-31")));
        assertThat(notification.has("readAt")).isFalse();
        assertThat(inboxes.mentioning(TestTokens.leader("minzheng"), minzheng.campaignTitle())).isEmpty();
        assertThat(inboxes.mentioning(TestTokens.submitter("sifa"), minzheng.campaignTitle())).isEmpty();
        assertThat(inboxes.mentioning(TestTokens.auditor(), minzheng.campaignTitle())).isEmpty();
    }

    @Test
    void aSubmittedReportReachesEveryAuditorWithALinkToTheReport() {
        Events sifa = Events.of("sifa");
        sifa.arrive(kafka, assignments);

        kafka.send(sifa.submitted(2));

        JsonNode notification = inboxes.awaitMentioning(TestTokens.auditor(), sifa.campaignTitle(), 1).getFirst();
        assertThat(notification.get("title").asText()).isEqualTo("司法局报告待审核：《" + sifa.campaignTitle() + "》");
        assertThat(notification.get("body").asText()).contains("第2版");
        assertThat(notification.get("link").asText()).isEqualTo("/reports/" + sifa.reportId());
        assertThat(notification.get("facts")).isEqualTo(json(Map.of("campaignTitle", sifa.campaignTitle(),
                "departmentCode", "sifa", "subject", "REPORT", "reportVersion", "2")));
    }

    @Test
    void aNotificationStoredBeforeFactsExistedReadsWithNoFacts() {
        String viewer = TestTokens.viewer();
        UUID id = UUID.randomUUID();
        // Written as the service wrote notifications before V5: every column but facts.
        jdbc.sql("""
                insert into notification (id, source_event_id, source_event_type, recipient_username, kind, title, body,
                    link, created_at)
                values (:id, :source, 'AssignmentIssued', 'viewer', 'ASSIGNMENT_ISSUED', '新的督察任务：《旧通知》',
                    '旧通知正文', '/tasks', now())""")
                .param("id", id)
                .param("source", UUID.randomUUID())
                .update();

        JsonNode old = inboxes.mentioning(viewer, "旧通知").getFirst();
        assertThat(old.get("id").asText()).isEqualTo(id.toString());
        assertThat(old.get("title").asText()).isEqualTo("新的督察任务：《旧通知》");
        assertThat(old.get("facts")).isEqualTo(json(Map.of()));
        JsonNode read = Api.body(api.call(HttpMethod.POST, "/api/notifications/" + id + "/read", null, viewer), 200);
        assertThat(read.get("facts")).isEqualTo(json(Map.of()));
    }

    private JsonNode json(Map<String, String> facts) {
        return objectMapper.valueToTree(facts);
    }

    @Test
    void theSameFactNeverNotifiesAPersonTwiceOnAnyChannel() {
        Events sifa = Events.of("sifa");
        AssignmentIssued issued = sifa.issued();

        kafka.send(issued);
        kafka.send(issued);
        // Past the Kafka inbox too: the fact's id, the person and the channel are unique in the store.
        inboxes.awaitMentioning(TestTokens.submitter("sifa"), sifa.campaignTitle(), 1);
        notifications.notifyAbout(issued);
        // A later event on the same assignment (same partition) shows that both deliveries were handled.
        kafka.send(sifa.submitted(1));
        inboxes.awaitMentioning(TestTokens.auditor(), sifa.campaignTitle(), 1);

        assertThat(inboxes.mentioning(TestTokens.submitter("sifa"), sifa.campaignTitle())).hasSize(1);
        JsonNode deliveries = api.get("/api/notifications/deliveries?assignmentId=" + sifa.assignmentId(),
                TestTokens.officeAdmin());
        assertThat(deliveries.findValues("recipientUsername").stream().map(JsonNode::asText).toList())
                .containsExactlyInAnyOrder("submitter-sifa", "auditor");
    }

    @Test
    void aReviewThatOvertakesItsAssignmentWaitsUntilTheDepartmentIsKnown() {
        Events minzheng = Events.of("minzheng");

        kafka.send(minzheng.returned("第四部分缺少执法数据"));
        kafka.send(minzheng.issued());

        JsonNode returned = inboxes.awaitMentioning(TestTokens.leader("minzheng"), "第四部分缺少执法数据", 1).getFirst();
        assertThat(returned.get("kind").asText()).isEqualTo("REPORT_RETURNED");
        assertThat(inboxes.mentioning(TestTokens.submitter("minzheng"), "第四部分缺少执法数据")).hasSize(1);
        assertThat(inboxes.mentioning(TestTokens.leader("sifa"), "第四部分缺少执法数据")).isEmpty();
    }

    @Test
    void listsNewestFirstCountsUnreadAndMarksRead() {
        String leader = TestTokens.leader("shichang");
        api.call(HttpMethod.POST, "/api/notifications/read-all", null, leader);
        Events shichang = Events.of("shichang");
        shichang.arrive(kafka, assignments);
        kafka.send(shichang.escalation(EscalationTarget.DEPARTMENT_LEADER));
        kafka.send(shichang.warning(WarningLevel.YELLOW, 2));
        inboxes.awaitMentioning(leader, shichang.campaignTitle(), 2);

        JsonNode unread = api.get("/api/notifications?status=UNREAD", leader);
        assertThat(unread.get("total").asLong()).isEqualTo(2);
        assertThat(unread.get("unread").asLong()).isEqualTo(2);
        List<String> kinds = unread.get("items").findValues("kind").stream().map(JsonNode::asText).toList();
        assertThat(kinds).containsExactly("YELLOW_WARNING", "ESCALATION");
        JsonNode second = api.get("/api/notifications?status=UNREAD&size=1&page=1", leader);
        assertThat(second.get("items").get(0).get("kind").asText()).isEqualTo("ESCALATION");

        String newest = unread.get("items").get(0).get("id").asText();
        JsonNode read = Api.body(api.call(HttpMethod.POST, "/api/notifications/" + newest + "/read", null, leader), 200);
        assertThat(read.get("readAt").asText()).isNotBlank();
        assertThat(api.get("/api/notifications/unread-count", leader).get("unread").asLong()).isEqualTo(1);
        assertThat(api.get("/api/notifications?status=READ", leader).get("items").get(0).get("id").asText())
                .isEqualTo(newest);

        JsonNode all = Api.body(api.call(HttpMethod.POST, "/api/notifications/read-all", null, leader), 200);
        assertThat(all.get("marked").asInt()).isEqualTo(1);
        assertThat(api.get("/api/notifications/unread-count", leader).get("unread").asLong()).isZero();
    }
}
