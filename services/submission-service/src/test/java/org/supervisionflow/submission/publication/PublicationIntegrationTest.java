package org.supervisionflow.submission.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.command.CloseReport;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.contracts.submission.ReportPublished;
import org.supervisionflow.submission.report.Api;
import org.supervisionflow.submission.report.Callers;
import org.supervisionflow.submission.report.Report;
import org.supervisionflow.submission.report.ReportOpening;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/** An accepted annual report's secrecy review and publication, and the public page that shows only what was published. */
@EmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicationIntegrationTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final String PUBLIC = "/api/public/annual-reports";
    private static final String STATEMENT = "经审查，报告不涉及国家秘密、工作秘密和个人隐私，同意公开。";

    private final Api api;

    @Autowired
    ReportOpening opening;

    @Autowired
    Publishing publishing;

    private Report report;
    private String path;

    PublicationIntegrationTest(@Autowired TestRestTemplate http) {
        this.api = new Api(http);
    }

    @BeforeEach
    void submitAnAnnualReport() {
        report = submitted(CampaignKind.ANNUAL_REPORT, "民政〔2026〕5号");
        path = "/api/reports/" + report.id() + "/publication";
    }

    @Test
    void theLeaderPublishesTheAcceptedVersionAfterTheSecrecyReviewAndAnyoneReadsIt() {
        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            publishAndRead(kafka);
        }
    }

    private void publishAndRead(KafkaTestClient kafka) {
        assertThat(status(path)).isEqualTo("NOT_ACCEPTED");
        assertProblem(api.post(path, TestTokens.leader("minzheng"), publish(true, STATEMENT)), 409, "report-not-accepted");

        CloseReport close = new CloseReport(UUID.randomUUID(), report.assignmentId(), Instant.now(), ReportStage.CLOSED,
                null);
        kafka.send(close);
        kafka.send(close);
        await().atMost(DELIVERY).until(() -> status(path).equals("ACCEPTED"));
        assertThat(publicList()).doesNotContain(report.id().toString());
        assertProblem(api.get(PUBLIC + "/" + report.id(), null), 404, "not-found");

        JsonNode published = Api.ok(api.post(path, TestTokens.leader("minzheng"), publish(true, "  " + STATEMENT + " ")));
        LocalDate today = LocalDate.parse(published.at("/publication/publishedOn").asText());
        assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.at("/publication/acceptedVersion").asInt()).isEqualTo(1);
        assertThat(published.at("/publication/secrecyReviewStatement").asText()).isEqualTo(STATEMENT);
        assertThat(published.at("/publication/secrecyReviewer/username").asText()).isEqualTo("leader-minzheng");
        assertThat(published.at("/publication/publisher/role").asText()).isEqualTo("dept-leader");

        ReportPublished event = kafka.await(ReportPublished.class, e -> e.reportId().equals(report.id()), 1, DELIVERY)
                .get(0);
        assertThat(event.assignmentId()).isEqualTo(report.assignmentId());
        assertThat(event.reportVersion()).isEqualTo(1);
        assertThat(event.publishedOn()).isEqualTo(today);
        assertThat(event.secrecyReviewer().username()).isEqualTo("leader-minzheng");
        assertThat(event.publisher().departmentCode()).isEqualTo("minzheng");

        assertProblem(api.post(path, TestTokens.leader("minzheng"), publish(true, STATEMENT)), 409,
                "report-already-published");

        JsonNode line = findLine(Api.ok(api.get(PUBLIC, null)));
        assertThat(line.get("departmentName").asText()).isEqualTo("民政局");
        assertThat(line.get("campaignTitle").asText()).isEqualTo("2025年度法治政府建设情况报告");
        assertThat(line.get("period").asText()).isEqualTo("2025");
        assertThat(line.get("publishedOn").asText()).isEqualTo(today.toString());
        JsonNode content = Api.ok(api.get(PUBLIC + "/" + report.id(), null));
        assertThat(content.at("/report/version").asInt()).isEqualTo(1);
        assertThat(content.at("/content/documentNumber").asText()).isEqualTo("民政〔2026〕5号");
        assertThat(content.at("/content/contactPerson").asText()).isEqualTo("张明");
    }

    @Test
    void aReportAcceptedWithFindingsMayBePublishedAndAWithdrawnOneMayNot() {
        UUID commandId = UUID.randomUUID();
        publishing.accepted(report.assignmentId(), commandId);
        publishing.accepted(report.assignmentId(), commandId);
        assertThat(status(path)).isEqualTo("ACCEPTED");

        Report withdrawn = submitted(CampaignKind.ANNUAL_REPORT, "民政〔2026〕6号");
        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            kafka.send(new CloseReport(UUID.randomUUID(), withdrawn.assignmentId(), Instant.now(), ReportStage.WITHDRAWN,
                    "任务撤销"));
        }
        await().atMost(DELIVERY).until(() -> Api.ok(api.get("/api/reports/" + withdrawn.id(), TestTokens.viewer()))
                .get("status").asText().equals("CLOSED"));
        assertThat(status("/api/reports/" + withdrawn.id() + "/publication")).isEqualTo("NOT_ACCEPTED");
    }

    @Test
    void publishingWithoutAnExplicitSecrecyReviewSavesNothing() {
        publishing.accepted(report.assignmentId(), UUID.randomUUID());
        ResponseEntity<JsonNode> unconfirmed = api.post(path, TestTokens.leader("minzheng"), publish(false, STATEMENT));
        assertProblem(unconfirmed, 400, "validation-failed");
        assertThat(unconfirmed.getBody().toString()).contains("secrecyReviewConfirmed");
        ResponseEntity<JsonNode> noStatement = api.post(path, TestTokens.leader("minzheng"), publish(true, "  "));
        assertProblem(noStatement, 400, "validation-failed");
        assertThat(noStatement.getBody().toString()).contains("secrecyReviewStatement");
        assertProblem(api.post(path, TestTokens.leader("minzheng"), Map.of("secrecyReviewStatement", STATEMENT)), 400,
                "validation-failed");
        assertThat(status(path)).isEqualTo("ACCEPTED");
        assertThat(publicList()).doesNotContain(report.id().toString());
    }

    @Test
    void onlyAnnualReportsArePublished() {
        Report inspection = submitted(CampaignKind.SPECIAL_INSPECTION, "民政〔2026〕7号");
        publishing.accepted(inspection.assignmentId(), UUID.randomUUID());
        String inspectionPath = "/api/reports/" + inspection.id() + "/publication";
        assertThat(status(inspectionPath)).isEqualTo("NOT_ACCEPTED");
        assertProblem(api.post(inspectionPath, TestTokens.leader("minzheng"), publish(true, STATEMENT)), 409,
                "not-an-annual-report");
    }

    @Test
    void thePublicSeesNeitherDraftsNorUnpublishedReports() {
        Report draft = opening.open(openReport(CampaignKind.ANNUAL_REPORT)).orElseThrow();
        publishing.accepted(report.assignmentId(), UUID.randomUUID());
        for (UUID id : List.of(draft.id(), report.id(), UUID.randomUUID())) {
            assertProblem(api.get(PUBLIC + "/" + id, null), 404, "not-found");
            assertThat(publicList()).doesNotContain(id.toString());
        }
    }

    @ParameterizedTest(name = "{0} publishes: {2}")
    @MethodSource("publishers")
    void onlyTheDepartmentsLeaderPublishes(String caller, String token, int expected) {
        publishing.accepted(report.assignmentId(), UUID.randomUUID());
        ResponseEntity<JsonNode> response = api.post(path, token, publish(true, STATEMENT));
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(expected);
        assertThat(status(path)).isEqualTo(expected == 200 ? "PUBLISHED" : "ACCEPTED");
    }

    static Stream<Arguments> publishers() {
        // A submitter is refused for the role wherever the report is; a leader of another department finds nothing.
        Map<String, Integer> leaders = Map.of("own dept-leader", 200, "other dept-leader", 404);
        return Callers.expecting(403, 403, 403).map(arguments -> {
            Object[] values = arguments.get();
            return Arguments.of(values[0], values[1], leaders.getOrDefault((String) values[0], (Integer) values[2]));
        });
    }

    @ParameterizedTest(name = "{0} reads the publication state: {2}")
    @MethodSource("readers")
    void theStateIsReadWithinTheDepartmentScope(String caller, String token, int expected) {
        assertThat(api.get(path, token).getStatusCode().value()).isEqualTo(expected);
    }

    static Stream<Arguments> readers() {
        return Callers.expecting(200, 404, 200);
    }

    @Test
    void thePublicPageNeedsNoLoginAndTakesNoChanges() {
        publishing.accepted(report.assignmentId(), UUID.randomUUID());
        Api.ok(api.post(path, TestTokens.leader("minzheng"), publish(true, STATEMENT)));
        for (String token : new String[] {null, TestTokens.submitter("sifa"), "not-a-token"}) {
            assertThat(api.get(PUBLIC, token).getStatusCode().value()).isEqualTo(200);
            assertThat(api.get(PUBLIC + "/" + report.id(), token).getStatusCode().value()).isEqualTo(200);
        }
        assertThat(api.exchange(HttpMethod.POST, PUBLIC, null, Map.of()).getStatusCode().value()).isEqualTo(401);
        assertThat(api.exchange(HttpMethod.DELETE, PUBLIC + "/" + report.id(), TestTokens.officeAdmin(), null)
                .getStatusCode().value()).isEqualTo(401);
        // Next to the public path, the token is still required.
        assertThat(api.get("/api/public/other", null).getStatusCode().value()).isEqualTo(401);
        assertThat(api.get("/api/reports/" + report.id(), null).getStatusCode().value()).isEqualTo(401);
    }

    private Report submitted(CampaignKind kind, String documentNumber) {
        Report opened = opening.open(openReport(kind)).orElseThrow();
        String base = "/api/reports/" + opened.id();
        Api.ok(api.put(base, TestTokens.submitter("minzheng"), Map.of("version", 0, "contactPerson", "张明",
                "contactPhone", "0571-87050000", "documentNumber", documentNumber)));
        Api.ok(api.post(base + "/send-for-approval", TestTokens.submitter("minzheng"), null));
        Api.ok(api.post(base + "/approve", TestTokens.leader("minzheng"), null));
        return opened;
    }

    private static OpenReport openReport(CampaignKind kind) {
        return new OpenReport(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), new AssignmentScope(
                UUID.randomUUID(), "2025年度法治政府建设情况报告", "依法治市办〔2026〕3号", kind, "2025",
                LocalDate.now().plusDays(10), "minzheng", "民政局", false, List.of()));
    }

    private String status(String publicationPath) {
        return Api.ok(api.get(publicationPath, TestTokens.leader("minzheng"))).get("status").asText();
    }

    private String publicList() {
        return Api.ok(api.get(PUBLIC, null)).toString();
    }

    private JsonNode findLine(JsonNode list) {
        for (JsonNode line : list) {
            if (line.get("reportId").asText().equals(report.id().toString())) {
                return line;
            }
        }
        throw new AssertionError("not on the public list: " + report.id());
    }

    private static Map<String, Object> publish(boolean confirmed, String statement) {
        return Map.of("secrecyReviewConfirmed", confirmed, "secrecyReviewStatement", statement);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, int status, String code) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getBody().get("code").asText()).isEqualTo(code);
        assertThat(response.getBody().at("/i18n").toString()).contains("zh");
    }
}
