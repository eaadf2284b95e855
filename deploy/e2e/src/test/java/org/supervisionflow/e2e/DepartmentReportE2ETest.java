package org.supervisionflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * A department's report in the browser, each person logging in on Keycloak's page: the submitter writes a section
 * (autosaved), fills in figures (a wrong one is refused at its field), the details and evidence (a wrong type is
 * refused with a reason), survives a conflicting save without losing text, and sends the report to the leader; the
 * leader sees exactly what would be sent, sends it back with a comment, and approves it once it is sent again.
 * Another department opening the report's address sees "not found".
 */
@WholeStack
class DepartmentReportE2ETest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final String admin = KeycloakTokens.accessToken("admin");
    private final String submitterToken = KeycloakTokens.accessToken("sifa-submitter");

    @Test
    void theSubmitterDraftsAndSendsTheLeaderSendsBackThenApprovesAndAnotherDepartmentSeesNotFound() {
        UUID campaign = Steps.publishCampaign(admin, "SPECIAL_INSPECTION", "网页填报", List.of("sifa"));
        JsonNode report = Steps.theOnlyOne("/api/reports?campaignId=" + campaign, submitterToken);
        String reportId = report.get("id").asText();
        String title = report.get("campaignTitle").asText();

        try (BrowserContext context = browsers.newContext()) {
            List<String> refusedByPolicy = Browsers.policyRefusals(context);
            Page page = Browsers.logIn(context, "/tasks", "sifa-submitter");
            Locator task = page.locator("[data-test=tasks] .el-table__row", new Page.LocatorOptions().setHasText(title));
            assertThat(task).containsText("填写报告");
            assertThat(page.locator("[data-test=status-counts]")).isVisible();
            Browsers.screenshot(page, "department-my-tasks-sifa-submitter.png");
            task.locator("a").first().click();

            assertThat(page.locator("[data-test=report-title]")).hasText(title);
            page.locator("[data-test=contact-person]").fill("李娜");
            page.locator("[data-test=contact-phone]").fill("0319-1234567");
            page.locator("[data-test=document-number]").fill("司法〔2026〕5号");
            assertThat(page.locator("[data-test=details] [data-test=save-status]")).containsText("自动保存");

            Locator section = page.locator("[data-test=section]", new Page.LocatorOptions().setHas(page.locator("[data-metric]"))).first();
            section.locator("[data-test=rich-text]").click();
            page.keyboard().type("本年度公开权责清单事项2722项，");
            assertThat(section.locator("[data-test=save-status]")).containsText("自动保存");

            Locator figure = section.locator("[data-metric] input").first();
            figure.fill("-1");
            assertThat(section.locator(".el-form-item__error").first()).isVisible();
            assertThat(section.locator("[data-test=save-status]")).containsText("未保存");
            Browsers.screenshot(section, "department-editor-figure-refused.png");
            figure.fill("12");
            assertThat(section.locator("[data-test=save-status]")).containsText("自动保存");

            Locator files = section.locator("[data-test=file-input]");
            files.setInputFiles(new FilePayload("run.exe", "application/octet-stream", new byte[] {77, 90, 0}));
            assertThat(section.locator("[data-test=upload-error]")).containsText("run.exe");
            files.setInputFiles(new FilePayload("权责清单.pdf", "application/pdf", PDF));
            assertThat(section.locator("[data-test=evidence-file]")).containsText("权责清单.pdf");

            // The leader saves the same section meanwhile: the submitter's next save is a conflict that keeps their text.
            String sectionId = section.getAttribute("data-section");
            JsonNode current = section(reportId, sectionId);
            Steps.expect(200, Gateway.put("/api/reports/" + reportId + "/sections/" + sectionId,
                    KeycloakTokens.accessToken("sifa-leader"), Map.of("version", current.get("version").asLong(),
                            "narrative", "<p>负责人补充的内容</p>")));
            section.locator("[data-test=rich-text]").click();
            page.keyboard().press("End");
            page.keyboard().type("均已按期公开。");
            assertThat(section.locator("[data-test=conflict]")).containsText("已被他人修改");
            assertThat(section.locator("[data-test=rich-text]")).containsText("均已按期公开。");
            Browsers.screenshot(section, "department-editor-conflict.png");
            section.locator("[data-test=conflict-overwrite]").click();
            assertThat(section.locator("[data-test=save-status]")).containsText("自动保存");
            assertThat(section.locator("[data-test=conflict]")).hasCount(0);
            Browsers.screenshot(section, "department-editor-section-sifa-submitter.png");
            Browsers.screenshot(page, "department-editor-sifa-submitter.png");

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("延期申请")).click();
            page.locator("[data-test=extension-submit]").click();
            assertThat(page.locator("[data-test=extensions]")).containsText("请选择申请延至的日期");
            page.locator("[data-test=extensions] .el-date-editor input").fill(report.get("dueDate").asText().substring(0, 4) + "-12-31");
            page.locator("[data-test=extensions] .el-date-editor input").press("Enter");
            page.locator("[data-test=extension-reason]").fill("数据核实需要更多时间");
            page.locator("[data-test=extension-submit]").click();
            assertThat(page.locator("[data-test=extension-list]")).containsText("待审批");
            Browsers.screenshot(page, "department-extension-request-sifa-submitter.png");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("报告")).click();

            DepartmentPages.sendForApproval(page);
            assertThat(refusedByPolicy).as("what the gateway's Content-Security-Policy refused").isEmpty();
        }
        assertThat(workspace(reportId).toString()).contains("均已按期公开。");

        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/reports/" + reportId, "sifa-leader");
            Locator approval = page.locator("[data-test=approval]");
            assertThat(approval).containsText("均已按期公开。");
            assertThat(approval).containsText("权责清单.pdf");
            assertThat(approval).containsText("司法〔2026〕5号");
            Browsers.screenshot(page.locator("[data-test=approval] [data-test=section]", new Page.LocatorOptions()
                    .setHasText("权责清单.pdf")), "department-approval-section-sifa-leader.png");
            Browsers.screenshot(page, "department-approval-sifa-leader.png");
            page.locator("[data-test=reject]").click();
            page.locator("[data-test=reject-confirm]").click();
            assertThat(page.locator(".el-form-item__error")).containsText("退回意见");
            page.locator("[data-test=reject-comment]").fill("请补充数据来源");
            page.locator("[data-test=reject-confirm]").click();
            assertThat(page.locator("[data-test=report-status]")).hasText("填报中");
        }

        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/reports/" + reportId, "sifa-submitter");
            assertThat(page.locator("[data-test=rejection]")).containsText("请补充数据来源");
            page.locator("[data-test=notification-bell]").click();
            assertThat(page.locator("[data-test=notifications]")).containsText("报告草稿被退回");
            Browsers.screenshot(page.locator("[data-test=notifications]"), "department-notifications-sifa-submitter.png");
            page.keyboard().press("Escape");
            page.setViewportSize(820, 1180);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve("department-editor-rejected-tablet.png")));
            page.setViewportSize(1366, 860);
            DepartmentPages.sendForApproval(page);
        }

        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/reports/" + reportId, "sifa-leader");
            DepartmentPages.approve(page);
            assertThat(page.locator("[data-test=report-content]")).containsText("均已按期公开。");
            Browsers.screenshot(page, "department-report-submitted-sifa-leader.png");
        }

        String finding = raiseOneFinding(report.get("assignmentId").asText(), reportId);
        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/reports/" + reportId, "sifa-submitter");
            Locator rectification = DepartmentPages.rectification(page);
            assertThat(rectification).containsText("权责清单未及时公开");
            DepartmentPages.writeMeasures(page, rectification, "已于本月在政府网站公开权责清单。");
            rectification.locator("[data-test=file-input]").setInputFiles(new FilePayload("整改佐证.pdf", "application/pdf", PDF));
            assertThat(rectification.locator("[data-test=evidence-file]")).containsText("整改佐证.pdf");
            Browsers.screenshot(rectification, "department-rectification-sifa-submitter.png");
            DepartmentPages.sendRectification(rectification);
        }
        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/reports/" + reportId, "sifa-leader");
            Locator rectification = DepartmentPages.rectification(page);
            assertThat(rectification).containsText("已于本月在政府网站公开权责清单。");
            DepartmentPages.approveRectification(page, rectification);
            Browsers.screenshot(rectification, "department-rectification-approved-sifa-leader.png");
        }
        JsonNode answered = Steps.expect(200, Gateway.get("/api/reports/" + reportId + "/rectifications", submitterToken)).get(0);
        assertThat(answered.get("finding").get("findingId").asText()).isEqualTo(finding);
        assertThat(answered.get("answers").get(0).get("measures").asText()).contains("已于本月在政府网站公开权责清单。");

        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/reports/" + reportId, "minzheng-submitter");
            assertThat(page.locator("[data-test=not-found]")).containsText("未找到");
            assertThat(page.locator("[data-test=report-title]")).hasCount(0);
            Browsers.screenshot(page, "department-report-of-sifa-minzheng-submitter.png");
        }
    }

    /** The auditor claims the submitted report's review, scores every indicator and accepts it with one finding. */
    private String raiseOneFinding(String assignment, String reportId) {
        String auditor = KeycloakTokens.accessToken("auditor");
        JsonNode review = Steps.theOnlyOne("/api/reviews?filter=all&assignmentId=" + assignment, auditor);
        String reviewPath = "/api/reviews/" + review.get("id").asText();
        Steps.expect(200, Gateway.post(reviewPath + "/claim", auditor, Map.of()));
        Steps.awaitStage(assignment, "UNDER_REVIEW", auditor);
        JsonNode scores = Steps.expect(200, Gateway.get(reviewPath, auditor)).get("scores");
        for (JsonNode indicator : scores) {
            Steps.expect(200, Gateway.put(reviewPath + "/scores/" + indicator.get("indicatorId").asText(), auditor,
                    Map.of("score", 1, "comment", "基本符合要求")));
        }
        Steps.expect(200, Gateway.post(reviewPath + "/decision", auditor, Map.of("decision", "ACCEPT_WITH_FINDINGS",
                "findings", List.of(Map.of("indicatorId", scores.get(0).get("indicatorId").asText(), "severity", "GENERAL",
                        "description", "权责清单未及时公开", "requiredMeasures", "三十日内公开",
                        "deadline", LocalDate.now(Steps.CHINA).plusDays(30).toString())))));
        return Steps.theOnlyOne("/api/reports/" + reportId + "/rectifications", submitterToken)
                .get("finding").get("findingId").asText();
    }

    private JsonNode workspace(String reportId) {
        return Steps.expect(200, Gateway.get("/api/reports/" + reportId, submitterToken));
    }

    /** The section as the service has it now. */
    private JsonNode section(String reportId, String sectionId) {
        JsonNode workspace = workspace(reportId);
        for (JsonNode candidate : workspace.get("sections")) {
            if (candidate.get("id").asText().equals(sectionId)) {
                return candidate;
            }
        }
        throw new AssertionError("No section " + sectionId + " in " + workspace);
    }
}
