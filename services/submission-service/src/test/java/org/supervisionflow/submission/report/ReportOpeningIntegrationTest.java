package org.supervisionflow.submission.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.supervisionflow.submission.report.OpenReportCommands.again;
import static org.supervisionflow.submission.report.OpenReportCommands.openReport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.supervisionflow.contracts.Topic;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.contracts.command.OpenReview;
import org.supervisionflow.contracts.command.OpenVerification;
import org.supervisionflow.contracts.submission.ReportOpened;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;

@EmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportOpeningIntegrationTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    /** How long to keep listening for a message that must not come. */
    private static final Duration QUIET = Duration.ofSeconds(4);

    private static KafkaTestClient kafka;
    private static KafkaProducer<String, byte[]> rawProducer;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers());
        rawProducer = new KafkaProducer<>(Map.of("bootstrap.servers", EmbeddedServers.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
        rawProducer.close();
    }

    @Test
    void openReportOpensTheWorkspaceWithASectionPerIndicatorAndAnnouncesItOnce() {
        OpenReport command = openReport("minzheng", true);

        kafka.send(command);

        List<ReportOpened> opened = awaitReportOpened(command.assignmentId(), 1, DELIVERY);
        assertThat(opened).hasSize(1);
        assertThat(opened.getFirst().departmentCode()).isEqualTo("minzheng");

        JsonNode workspace = workspaceOf(command.assignmentId());
        assertThat(workspace.get("id").asText()).isEqualTo(opened.getFirst().reportId().toString());
        assertThat(workspace.get("status").asText()).isEqualTo("OPEN_FOR_DRAFTING");
        assertThat(workspace.get("campaignId").asText()).isEqualTo(command.scope().campaignId().toString());
        assertThat(workspace.get("campaignTitle").asText()).isEqualTo("2025年度法治政府建设情况报告");
        assertThat(workspace.get("campaignDocumentNumber").asText()).isEqualTo("依法治市办〔2026〕3号");
        assertThat(workspace.get("kind").asText()).isEqualTo("ANNUAL_REPORT");
        assertThat(workspace.get("period").asText()).isEqualTo("2025");
        assertThat(workspace.get("dueDate").asText()).isEqualTo("2026-03-31");
        assertThat(workspace.get("departmentName").asText()).isEqualTo("民政局");
        assertThat(workspace.get("contactPerson").asText()).isEmpty();
        assertThat(workspace.get("contactPhone").asText()).isEmpty();
        assertThat(workspace.get("documentNumber").asText()).isEmpty();
        assertThat(workspace.get("version").asLong()).isZero();
        assertThat(texts(workspace.get("sections"), "kind")).containsExactly("OVERVIEW", "INDICATOR", "INDICATOR",
                "PRINCIPAL_DUTY", "PROBLEMS", "NEXT_STEPS");
        assertThat(texts(workspace.get("sections"), "title")).containsExactly("工作推进情况总体概述", "严格落实行政执法三项制度",
                "行政机关负责人出庭应诉", "主要负责人履行推进法治建设第一责任人职责情况", "存在问题", "下一步工作安排");
        assertThat(texts(workspace.get("sections"), "narrative")).containsOnly("");

        JsonNode court = workspace.get("sections").get(2).get("indicator");
        assertThat(court.get("indicatorId").asText()).isEqualTo(OpenReportCommands.COURT_APPEARANCE.indicatorId().toString());
        assertThat(court.get("code").asText()).isEqualTo("5.3");
        assertThat(court.get("aspectTitle").asText()).isEqualTo("强化对行政权力的制约和监督");
        assertThat(court.get("requirement").asText()).isEqualTo("行政机关负责人依法出庭应诉，尊重并执行人民法院生效裁判");
        assertThat(court.get("maxPoints").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(court.get("role").asText()).isEqualTo("CO_UNIT");
        assertThat(court.get("expectedEvidence").asText()).isEqualTo("出庭应诉登记表");
        assertThat(texts(court.get("metrics"), "label")).containsExactly("行政机关负责人出庭应诉率", "是否全部履行生效裁判");
        assertThat(texts(court.get("metrics"), "kind")).containsExactly("PERCENTAGE", "YES_NO");
        assertThat(court.get("metrics").get(0).get("unit").asText()).isEqualTo("%");
        assertThat(workspace.get("sections").get(0).has("indicator")).isFalse();

        assertThat(awaitReportOpened(command.assignmentId(), 2, QUIET)).hasSize(1);
    }

    @Test
    void theWorkspaceHasNoPrincipalDutySectionWhenTheCampaignDoesNotAskForIt() {
        OpenReport command = openReport("sifa", false);

        kafka.send(command);

        assertThat(awaitReportOpened(command.assignmentId(), 1, DELIVERY)).hasSize(1);
        assertThat(texts(workspaceOf(command.assignmentId()).get("sections"), "kind"))
                .containsExactly("OVERVIEW", "INDICATOR", "INDICATOR", "PROBLEMS", "NEXT_STEPS");
    }

    @Test
    void aRedeliveredOrResentCommandOpensNoSecondReport() {
        OpenReport command = openReport("shichang", true);
        OpenReport resent = again(command);

        kafka.send(command);
        kafka.send(command);
        kafka.send(resent);

        // All three share the assignment's partition, so once the last is received the others were too.
        await().atMost(DELIVERY).until(() -> received(resent.id()));
        assertThat(awaitReportOpened(command.assignmentId(), 2, QUIET)).hasSize(1);
        JsonNode tasks = http.exchange("/api/reports?campaignId=" + command.scope().campaignId(), HttpMethod.GET,
                new HttpEntity<>(TestTokens.headers(TestTokens.officeAdmin())), JsonNode.class).getBody();
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("assignmentId").asText()).isEqualTo(command.assignmentId().toString());
    }

    @Test
    void malformedMessagesEndInTheDeadLetterTopicAndDoNotHoldUpTheNextCommand() {
        UUID assignmentId = UUID.randomUUID();
        String key = assignmentId.toString();
        byte[] notJson = "{\"id\": \"不是JSON".getBytes(StandardCharsets.UTF_8);
        byte[] notACloudEvent = "plain bytes without CloudEvent headers".getBytes(StandardCharsets.UTF_8);
        OpenReport withoutScope = new OpenReport(UUID.randomUUID(), assignmentId, Instant.now(), null);
        OpenReport valid = openReport(assignmentId, UUID.randomUUID(), "minzheng", LocalDate.of(2026, 3, 31), true);

        sendRaw(cloudEvent(key, "supervision.command.OpenReport.v1", notJson));
        sendRaw(new ProducerRecord<>(TopicNames.COMMANDS, key, notACloudEvent));
        kafka.send(withoutScope);
        kafka.send(valid);

        assertThat(awaitReportOpened(assignmentId, 1, DELIVERY)).hasSize(1);
        List<ConsumerRecord<String, byte[]>> deadLetters = deadLetters(key, 3, DELIVERY);
        assertThat(deadLetters).hasSize(3);
        assertThat(deadLetters.get(0).value()).isEqualTo(notJson);
        assertThat(deadLetters.get(1).value()).isEqualTo(notACloudEvent);
        assertThat(new String(deadLetters.get(2).value(), StandardCharsets.UTF_8)).contains(withoutScope.id().toString());
        assertThat(new String(deadLetters.get(2).headers().lastHeader("kafka_dlt-exception-message").value(),
                StandardCharsets.UTF_8)).contains("lacks scope");
    }

    @Test
    void otherServicesCommandsAndTypesThisBuildDoesNotKnowAreSkippedNotDeadLettered() {
        UUID assignmentId = UUID.randomUUID();
        String key = assignmentId.toString();
        OpenReport valid = openReport(assignmentId, UUID.randomUUID(), "sifa", LocalDate.of(2026, 3, 31), false);

        sendRaw(cloudEvent(key, "supervision.command.OpenHearing.v1",
                ("{\"id\":\"" + UUID.randomUUID() + "\",\"assignmentId\":\"" + key + "\"}").getBytes(StandardCharsets.UTF_8)));
        // review-service's commands share the topic: known here, and ignored.
        kafka.send(new OpenReview(UUID.randomUUID(), assignmentId, Instant.now(), UUID.randomUUID(), 1,
                UUID.randomUUID(), "2025年度法治政府建设情况报告", "sifa", "司法局"));
        kafka.send(new OpenVerification(UUID.randomUUID(), assignmentId, Instant.now(), UUID.randomUUID(),
                UUID.randomUUID(), 1));
        kafka.send(valid);

        assertThat(awaitReportOpened(assignmentId, 1, DELIVERY)).hasSize(1);
        assertThat(deadLetters(key, 1, QUIET)).isEmpty();
    }

    private List<ReportOpened> awaitReportOpened(UUID assignmentId, int count, Duration timeout) {
        return kafka.await(ReportOpened.class, opened -> opened.assignmentId().equals(assignmentId), count, timeout);
    }

    private JsonNode workspaceOf(UUID assignmentId) {
        ResponseEntity<JsonNode> response = http.exchange("/api/reports/by-assignment/" + assignmentId, HttpMethod.GET,
                new HttpEntity<>(TestTokens.headers(TestTokens.officeAdmin())), JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    private boolean received(UUID messageId) {
        return jdbc.sql("select count(*) from inbox_message where message_id = ?").param(messageId)
                .query(Integer.class).single() == 1;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.get(field).asText()));
        return texts;
    }

    private static ProducerRecord<String, byte[]> cloudEvent(String key, String type, byte[] data) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create("urn:supervisionflow:test"))
                .withType(type)
                .withSubject(key)
                .withDataContentType("application/json")
                .withData(data)
                .build();
        return KafkaMessageFactory.createWriter(TopicNames.COMMANDS, key).writeBinary(event);
    }

    private static void sendRaw(ProducerRecord<String, byte[]> record) {
        try {
            rawProducer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dead letters of the commands topic under this key, in the order they were dead-lettered. */
    private static List<ConsumerRecord<String, byte[]>> deadLetters(String key, int count, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedServers.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topic.COMMANDS.deadLetterTopicName()));
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < count && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }
}
