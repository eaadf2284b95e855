package org.supervisionflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A person's first visit, in a real (headless) Chromium: the web app sends them to Keycloak's login page and,
 * once they log in, back to the web app, which shows who they are and their department's report in My tasks.
 */
@WholeStack
class BrowserLoginE2ETest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Test
    void aSubmitterLogsInThroughKeycloakAndSeesTheirNameDepartmentAndTheDemoReportInMyTasks() {
        try (var context = browsers.newContext()) {
            Page page = context.newPage();
            page.navigate(LocalStackExtension.GATEWAY + "/");

            assertThat(page).hasURL(Pattern.compile("^http://localhost:8180/realms/supervision/protocol/openid-connect/auth.*"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve("keycloak-login.png")));
            Browsers.submitLogin(page, "minzheng-submitter");

            assertThat(page).hasURL(Pattern.compile("^http://localhost:8080/tasks$"));
            assertThat(page.locator("#user-username")).hasText("minzheng-submitter");
            assertThat(page.locator("#user-department")).hasText("民政局");
            assertThat(page.locator("#user-roles")).containsText("填报员");
            assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("我的待办"))).isVisible();
            assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("督察任务"))).hasCount(0);
            Locator demoReport = page.locator("[data-test=tasks] a", new Page.LocatorOptions()
                    .setHasText(Pattern.compile("^\\d{4}年度法治政府建设年度报告$")));
            assertThat(demoReport).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve("my-tasks-minzheng-submitter.png"))
                    .setFullPage(true));

            demoReport.click();

            assertThat(page).hasURL(Pattern.compile("^http://localhost:8080/reports/[0-9a-f-]{36}$"));
            assertThat(page.locator("[data-test=report-title]")).hasText(Pattern.compile("^\\d{4}年度法治政府建设年度报告$"));
            assertThat(page.locator(".report-facts")).containsText("民政局");
            assertThat(page.locator("[data-test=section]").first()).containsText("工作推进情况总体概述");
            assertThat(page.locator("[data-test=section]", new Page.LocatorOptions().setHasText("工作要求")).first())
                    .isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve("report-minzheng-submitter.png")));
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve("report-minzheng-submitter-whole.png"))
                    .setFullPage(true));

            // A reload of the deep link comes back to the same screen (the gateway answers it with the app).
            page.reload();
            assertThat(page.locator("[data-test=report-title]")).hasText(Pattern.compile("^\\d{4}年度法治政府建设年度报告$"));
        }
    }
}
