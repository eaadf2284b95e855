package org.supervisionflow.assignment.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.supervisionflow.assignment.Api.expect;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.supervisionflow.assignment.Api;
import org.supervisionflow.assignment.TestDatabases;
import org.supervisionflow.contracts.AssignedIndicator;
import org.supervisionflow.contracts.IndicatorRole;
import org.supervisionflow.contracts.MetricKind;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/** The local stack's demo data, on a database of its own so that it starts from nothing like a first start does. */
@EmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "supervision.demo-data.enabled=true",
        "spring.kafka.consumer.group-id=assignment-service-demo-test" })
@DirtiesContext
class DemoDataIntegrationTest {

    private static final String ADMIN = TestTokens.officeAdmin();

    private final Api api;
    private final DemoData demoData;
    private final Clock clock;

    DemoDataIntegrationTest(@Autowired TestRestTemplate http, @Autowired DemoData demoData, @Autowired Clock clock) {
        this.api = new Api(http);
        this.demoData = demoData;
        this.clock = clock;
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabases.create("assignment_demo_test"));
    }

    @Test
    void firstStartSeedsAFrameworkAlongTheEightAspects() {
        JsonNode frameworks = expect(api.get("/api/frameworks", ADMIN), 200);
        assertThat(frameworks).hasSize(1);
        int reportYear = LocalDate.now(clock).getYear() - 1;
        assertThat(frameworks.get(0).get("name").asText()).isEqualTo(reportYear + "年度法治政府建设督察内容分解表");
        assertThat(frameworks.get(0).get("status").asText()).isEqualTo("IN_USE");
        assertThat(frameworks.get(0).get("totalPoints").decimalValue()).isEqualByComparingTo("100");

        JsonNode framework = expect(api.get("/api/frameworks/" + frameworks.get(0).get("id").asText(), ADMIN), 200);
        assertThat(framework.get("aspects")).extracting(aspect -> aspect.get("title").asText()).containsExactly(
                "依法全面履行政府职能", "完善依法行政制度体系", "健全依法行政决策机制", "坚持严格规范公正文明执法",
                "强化对行政权力的制约和监督", "依法有效化解社会矛盾纠纷", "提高政府工作人员法治思维和依法行政能力", "加强组织保障");
        framework.get("aspects").forEach(aspect -> assertThat(aspect.get("items").size()).isBetween(2, 3));
        assertThat(framework.findValues("title")).extracting(JsonNode::asText)
                .contains("行政执法三项制度", "规范性文件备案审查", "重大行政决策程序", "行政机关负责人出庭应诉", "行政复议",
                        "“谁执法谁普法”普法责任制");
    }

    @Test
    void firstStartPublishesTheAnnualReportCampaignToThreeDepartmentsWithItsEvents() {
        JsonNode campaigns = expect(api.get("/api/campaigns", ADMIN), 200);
        assertThat(campaigns).hasSize(1);
        JsonNode campaign = campaigns.get(0);
        int year = LocalDate.now(clock).getYear();
        assertThat(campaign.get("title").asText()).isEqualTo((year - 1) + "年度法治政府建设年度报告");
        assertThat(campaign.get("kind").asText()).isEqualTo("ANNUAL_REPORT");
        assertThat(campaign.get("documentNumber").asText()).isEqualTo("X市法治办〔" + year + "〕3号");
        assertThat(campaign.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(LocalDate.parse(campaign.get("dueDate").asText())).isEqualTo(LocalDate.now(clock).plusDays(60));
        UUID campaignId = UUID.fromString(campaign.get("id").asText());

        JsonNode assignments = expect(api.get("/api/assignments", ADMIN), 200);
        assertThat(assignments).extracting(a -> a.get("departmentCode").asText())
                .containsExactlyInAnyOrder("minzheng", "sifa", "shichang");
        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers())) {
            List<AssignmentIssued> issued = kafka.await(AssignmentIssued.class,
                    event -> event.scope().campaignId().equals(campaignId), 3, Duration.ofSeconds(30));
            assertThat(issued).extracting(event -> event.scope().departmentCode())
                    .containsExactlyInAnyOrder("minzheng", "sifa", "shichang");
            AssignedIndicator court = issued.stream().filter(event -> event.scope().departmentCode().equals("sifa"))
                    .flatMap(event -> event.scope().indicators().stream())
                    .filter(indicator -> indicator.title().equals("行政机关负责人出庭应诉")).findFirst().orElseThrow();
            assertThat(court.role()).isEqualTo(IndicatorRole.LEAD);
            assertThat(court.metrics()).extracting(metric -> tuple(metric.label(), metric.kind()))
                    .contains(tuple("行政机关负责人出庭应诉率", MetricKind.PERCENTAGE));
        }
    }

    @Test
    void aRestartSeedsNothingMore() throws Exception {
        demoData.run(new DefaultApplicationArguments());

        assertThat(expect(api.get("/api/frameworks", ADMIN), 200)).hasSize(1);
        assertThat(expect(api.get("/api/campaigns", ADMIN), 200)).hasSize(1);
        assertThat(expect(api.get("/api/assignments", ADMIN), 200)).hasSize(3);
    }
}
