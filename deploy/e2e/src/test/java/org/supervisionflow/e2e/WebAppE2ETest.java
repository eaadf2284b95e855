package org.supervisionflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitUntilState;

/**
 * The web app's first screens in a real (headless) Chromium, each user logging in on Keycloak's page: the office
 * admin's campaigns, campaign detail and framework tree, English switched on and kept, logout, and a department that
 * opens another department's report URL seeing "not found".
 */
@WholeStack
class WebAppE2ETest {

    private static final Pattern DEMO_CAMPAIGN = Pattern.compile("^\\d{4}年度法治政府建设年度报告$");

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Test
    void theOfficeAdminSeesEveryDepartmentsReportsTheCampaignsStagesAndTheFrameworkTree() {
        try (BrowserContext context = browsers.newContext()) {
            List<String> refusedByPolicy = Browsers.policyRefusals(context);
            Page page = Browsers.logIn(context, "/tasks", "admin");

            assertThat(page.locator("#user-roles")).containsText("督察办管理员");
            assertThat(page.locator("#user-department")).hasText("全部部门");
            Locator demoReports = page.locator("[data-test=tasks] .el-table__row", new Page.LocatorOptions()
                    .setHas(page.locator("a", new Page.LocatorOptions().setHasText(DEMO_CAMPAIGN))));
            assertThat(demoReports.filter(new Locator.FilterOptions().setHasText("民政局"))).hasCount(1);
            assertThat(demoReports.filter(new Locator.FilterOptions().setHasText("司法局"))).hasCount(1);
            Browsers.screenshot(page, "my-tasks-admin.png");

            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("督察任务")).click();
            assertThat(page).hasURL(Browsers.APP + "/campaigns");
            Locator demoCampaign = page.locator("[data-test=campaigns] a", new Page.LocatorOptions().setHasText(DEMO_CAMPAIGN));
            assertThat(demoCampaign).hasCount(1);
            Browsers.screenshot(page, "campaigns-admin.png");

            demoCampaign.click();
            assertThat(page.locator("[data-test=campaign-title]")).hasText(DEMO_CAMPAIGN);
            Locator recipients = page.locator("[data-test=recipients] .el-table__row");
            assertThat(recipients.filter(new Locator.FilterOptions().setHasText("民政局"))).hasCount(1);
            assertThat(recipients.filter(new Locator.FilterOptions().setHasText("市场监管局"))).hasCount(1);
            assertThat(page.locator("[data-test=recipients] [data-test=stage]").first()).isVisible();
            Browsers.screenshot(page, "campaign-admin.png");

            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("指标体系")).click();
            page.locator("[data-test=frameworks] a").first().click();
            Locator tree = page.locator("[data-test=framework-tree]");
            assertThat(tree).isVisible();
            tree.locator(".el-tree-node__children .el-tree-node__content").first().click();
            assertThat(page.locator("[data-test=framework-item]")).containsText("评分标准");
            Browsers.screenshot(page, "framework-admin.png");
            assertThat(refusedByPolicy).as("what the gateway's Content-Security-Policy refused").isEmpty();
        }
    }

    @Test
    void englishIsSwitchedOnInTheHeaderAndKeptAfterAReload() {
        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/tasks", "viewer");
            assertThat(page.locator("h2")).hasText("我的待办");

            page.locator("#language-switch").click();

            assertThat(page.locator("h2")).hasText("My tasks");
            assertThat(page.locator("#logout")).hasText("Log out");
            page.reload();
            assertThat(page.locator("h2")).hasText("My tasks");
            assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Campaigns"))).isVisible();
            assertThat(page.locator("[data-test=tasks]")).containsText("Annual report");
            Browsers.screenshot(page, "my-tasks-viewer-english.png");
        }
    }

    @Test
    void logoutEndsTheKeycloakSessionSoTheNextVisitAsksForTheLoginAgain() {
        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/tasks", "auditor");

            page.locator("#logout").click();

            assertThat(page).hasURL(Pattern.compile("^http://localhost:8180/realms/supervision/protocol/openid-connect/auth.*"));
            assertThat(page.locator("#username")).isVisible();
            // Only the redirect matters here, not the load of Keycloak's page: once (CI, stop 8) that load never
            // fired within a minute although the login page had been reached.
            page.navigate(LocalStackExtension.GATEWAY + "/campaigns", new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
            assertThat(page).hasURL(Pattern.compile("^http://localhost:8180/realms/supervision/protocol/openid-connect/auth.*"));
            assertThat(page.locator("#username")).isVisible();
        }
    }

    @Test
    void aDepartmentOpeningAnotherDepartmentsReportUrlSeesNotFound() {
        String minzhengReport = reportOf("minzheng-submitter");

        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/reports/" + minzhengReport, "sifa-submitter");

            assertThat(page).hasURL(Browsers.APP + "/reports/" + minzhengReport);
            assertThat(page.locator("[data-test=not-found]")).containsText("未找到");
            assertThat(page.locator("[data-test=report-title]")).hasCount(0);
            Browsers.screenshot(page, "report-of-another-department-sifa-submitter.png");

            page.navigate(Browsers.APP + "/campaigns");
            assertThat(page.locator("body")).containsText("无权访问");
        }
    }

    /** The demo campaign's report of the user's department, found as a script finds it. */
    private static String reportOf(String username) {
        Gateway.Response reports = Gateway.get("/api/reports", KeycloakTokens.accessToken(username));
        assertThat(reports.status()).isEqualTo(200);
        return StreamSupport.stream(reports.body().spliterator(), false)
                .filter(report -> DEMO_CAMPAIGN.matcher(report.path("campaignTitle").asText()).matches())
                .map(report -> report.path("id").asText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No demo report for " + username + ": " + reports.body()));
    }
}
