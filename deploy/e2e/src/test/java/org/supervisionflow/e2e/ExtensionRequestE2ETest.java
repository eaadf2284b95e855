package org.supervisionflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervisionflow.e2e.Steps.eventually;
import static org.supervisionflow.e2e.Steps.expect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 延期申请 across the services: a department asks for more time in submission-service, the office sees and grants it
 * in assignment-service, the due date moves for the assignment, the report and the engine's deadline watch, and the
 * history shows both steps. Another department sees nothing of it.
 */
@WholeStack
class ExtensionRequestE2ETest {

    private final String admin = KeycloakTokens.accessToken("admin");
    private final String submitter = KeycloakTokens.accessToken("shengtai-submitter");
    private final String otherLeader = KeycloakTokens.accessToken("sifa-leader");

    @Test
    void aGrantedExtensionMovesTheDueDateEverywhere() {
        UUID campaign = Steps.publishCampaign(admin, "SPECIAL_INSPECTION", "延期申请", List.of("shengtai"));
        JsonNode assignment = Steps.theOnlyOne("/api/assignments?campaignId=" + campaign, submitter);
        String assignmentId = assignment.get("id").asText();
        String reportPath = "/api/reports/" + Steps.theOnlyOne("/api/reports?campaignId=" + campaign, submitter)
                .get("id").asText();
        LocalDate wanted = LocalDate.parse(assignment.get("dueDate").asText()).plusDays(14);

        expect(422, Gateway.post(reportPath + "/extension-requests", submitter,
                Map.of("requestedDueDate", "2020-01-01", "reason", "日期早于截止日期")));
        expect(201, Gateway.post(reportPath + "/extension-requests", submitter,
                Map.of("requestedDueDate", wanted.toString(), "reason", "需等待年度统计数据发布")));
        expect(409, Gateway.post(reportPath + "/extension-requests", submitter,
                Map.of("requestedDueDate", wanted.plusDays(1).toString(), "reason", "重复申请")));
        expect(404, Gateway.post(reportPath + "/extension-requests", otherLeader,
                Map.of("requestedDueDate", wanted.toString(), "reason", "别的部门")));

        JsonNode request = eventually(() -> {
            JsonNode pending = expect(200, Gateway.get("/api/extension-requests?status=PENDING", admin));
            List<JsonNode> ours = new ArrayList<>();
            pending.forEach(candidate -> {
                if (candidate.path("assignmentId").asText().equals(assignmentId)) {
                    ours.add(candidate);
                }
            });
            assertThat(ours).hasSize(1);
            return ours.get(0);
        });
        String requestPath = "/api/extension-requests/" + request.get("id").asText();
        expect(404, Gateway.get(requestPath, otherLeader));
        expect(403, Gateway.post(requestPath + "/approve", submitter, Map.of()));
        expect(200, Gateway.post(requestPath + "/approve", admin, Map.of("comment", "同意延期")));
        expect(409, Gateway.post(requestPath + "/approve", admin, Map.of()));

        assertThat(Gateway.get("/api/assignments/" + assignmentId, submitter).body().get("dueDate").asText())
                .isEqualTo(wanted.toString());
        eventually(() -> {
            JsonNode shown = Gateway.get(reportPath + "/extension-requests", submitter).body().get(0);
            assertThat(shown.get("status").asText()).isEqualTo("GRANTED");
            assertThat(shown.get("grantedDueDate").asText()).isEqualTo(wanted.toString());
            return shown;
        });
        eventually(() -> {
            List<String> types = new ArrayList<>();
            Gateway.get("/api/workflow/assignments/" + assignmentId + "/timeline", submitter).body().get("entries")
                    .forEach(entry -> types.add(entry.get("type").asText()));
            assertThat(types).containsSubsequence("ExtensionRequested", "ExtensionGranted");
            return types;
        });
    }
}
