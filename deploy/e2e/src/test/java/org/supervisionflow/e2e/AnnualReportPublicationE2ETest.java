package org.supervisionflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervisionflow.e2e.Steps.awaitStage;
import static org.supervisionflow.e2e.Steps.eventually;
import static org.supervisionflow.e2e.Steps.expect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An annual report must be made public (向社会公开): once the office accepted it, the department's leader confirms the
 * secrecy review (保密审查) and publishes it, and anyone — without logging in — reads the accepted version through the
 * gateway; the office sees it was published on time. Nothing unpublished is ever public.
 */
@WholeStack
class AnnualReportPublicationE2ETest {

    private final String admin = KeycloakTokens.accessToken("admin");
    private final String submitter = KeycloakTokens.accessToken("sifa-submitter");
    private final String leader = KeycloakTokens.accessToken("sifa-leader");
    private final String auditor = KeycloakTokens.accessToken("auditor");

    @Test
    void anAcceptedAnnualReportIsPublishedAfterItsSecrecyReviewAndReadableWithoutLogin() {
        UUID campaign = Steps.publishCampaign(admin, "ANNUAL_REPORT", "法治政府建设年度报告公开", List.of("sifa"));
        String assignment = Steps.theOnlyOne("/api/assignments?campaignId=" + campaign, submitter).get("id").asText();
        String reportId = Steps.theOnlyOne("/api/reports?campaignId=" + campaign, submitter).get("id").asText();
        String reportPath = "/api/reports/" + reportId;
        JsonNode overview = Gateway.get(reportPath, submitter).body().get("sections").get(0);
        expect(200, Gateway.put(reportPath + "/sections/" + overview.get("id").asText(), submitter, Map.of(
                "version", overview.get("version").asInt(), "narrative", "<p>司法局2026年度法治政府建设情况。</p>",
                "metrics", List.of())));
        expect(200, Gateway.post(reportPath + "/send-for-approval", submitter, Map.of()));
        expect(200, Gateway.post(reportPath + "/approve", leader, Map.of()));
        awaitStage(assignment, "SUBMITTED", submitter);

        Map<String, Object> secrecyReview = Map.of("secrecyReviewConfirmed", true,
                "secrecyReviewStatement", "经保密审查，报告不涉及国家秘密和工作秘密，可以公开。");
        expect(409, Gateway.post(reportPath + "/publication", leader, secrecyReview));
        expect(404, Gateway.get("/api/public/annual-reports/" + reportId, null));

        JsonNode review = eventually(() -> Steps.theOnlyOne("/api/reviews?filter=all&assignmentId=" + assignment, auditor));
        String reviewPath = "/api/reviews/" + review.get("id").asText();
        expect(200, Gateway.post(reviewPath + "/claim", auditor, Map.of()));
        for (JsonNode indicator : Gateway.get(reviewPath, auditor).body().get("scores")) {
            expect(200, Gateway.put(reviewPath + "/scores/" + indicator.get("indicatorId").asText(), auditor,
                    Map.of("score", indicator.get("maxPoints").decimalValue(), "comment", "符合要求")));
        }
        expect(200, Gateway.post(reviewPath + "/decision", auditor, Map.of("decision", "ACCEPT")));
        awaitStage(assignment, "CLOSED", submitter);

        expect(403, Gateway.post(reportPath + "/publication", submitter, secrecyReview));
        expect(400, Gateway.post(reportPath + "/publication", leader, Map.of("secrecyReviewConfirmed", false,
                "secrecyReviewStatement", "未审查")));
        eventually(() -> expect(200, Gateway.post(reportPath + "/publication", leader, secrecyReview)));

        JsonNode published = eventually(() -> {
            List<JsonNode> ours = new ArrayList<>();
            expect(200, Gateway.get("/api/public/annual-reports", null))
                    .forEach(line -> {
                        if (line.get("reportId").asText().equals(reportId)) {
                            ours.add(line);
                        }
                    });
            assertThat(ours).as("in the public list, without login").hasSize(1);
            return ours.get(0);
        });
        assertThat(published.get("version").asInt()).isEqualTo(1);
        assertThat(expect(200, Gateway.get("/api/public/annual-reports/" + reportId, null)).toString())
                .contains("司法局2026年度法治政府建设情况");
        assertThat(Gateway.post("/api/public/annual-reports", null, Map.of()).status()).as("no anonymous writes")
                .isIn(401, 403);

        eventually(() -> {
            JsonNode progress = expect(200, Gateway.get("/api/statistics/progress/campaigns/" + campaign, admin));
            assertThat(progress.at("/departments/0/publishedOn").asText()).as("the office sees the publication")
                    .isNotEmpty();
            assertThat(progress.at("/departments/0/publishedOnTime").asBoolean()).isTrue();
            assertThat(progress.at("/rates/publicationRate").decimalValue()).isEqualByComparingTo("1");
            return progress;
        });
        eventually(() -> {
            List<String> types = new ArrayList<>();
            Gateway.get("/api/workflow/assignments/" + assignment + "/timeline", admin).body().get("entries")
                    .forEach(entry -> types.add(entry.get("type").asText()));
            assertThat(types).containsSubsequence("ReportSubmitted", "ReviewCompleted", "CloseReport", "ReportPublished");
            return types;
        });
    }
}
