package org.supervisionflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * A person's first visit, in a real (headless) Chromium: the web app sends them to Keycloak's login page and,
 * once they log in, back to the web app, which shows who they are and their department's report in My tasks.
 */
@WholeStack
class BrowserLoginE2ETest {

    /** Debian's chromium package; Playwright's own browser downloads are not possible here. */
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launchChromium() {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Chromium is missing: apt-get install -y chromium").isTrue();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        // The stack shares two CPU cores with builds: a first page of a service can take several seconds.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aSubmitterLogsInThroughKeycloakAndSeesTheirNameDepartmentAndTheDemoReportInMyTasks() {
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            context.setDefaultTimeout(60_000);
            Page page = context.newPage();
            page.navigate(LocalStackExtension.GATEWAY + "/");

            assertThat(page).hasURL(Pattern.compile("^http://localhost:8180/realms/supervision/protocol/openid-connect/auth.*"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("keycloak-login.png")));
            page.locator("#username").fill("minzheng-submitter");
            page.locator("#password").fill(KeycloakTokens.DEMO_PASSWORD);
            page.locator("#kc-login").click();

            assertThat(page).hasURL(Pattern.compile("^http://localhost:8080/tasks$"));
            assertThat(page.locator("#user-username")).hasText("minzheng-submitter");
            assertThat(page.locator("#user-department")).hasText("民政局");
            assertThat(page.locator("#user-roles")).containsText("填报员");
            assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("我的待办"))).isVisible();
            assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("督察任务"))).hasCount(0);
            Locator demoReport = page.locator("[data-test=tasks] a", new Page.LocatorOptions()
                    .setHasText(Pattern.compile("^\\d{4}年度法治政府建设年度报告$")));
            assertThat(demoReport).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("my-tasks-minzheng-submitter.png"))
                    .setFullPage(true));

            demoReport.click();

            assertThat(page).hasURL(Pattern.compile("^http://localhost:8080/reports/[0-9a-f-]{36}$"));
            assertThat(page.locator("[data-test=report-title]")).hasText(Pattern.compile("^\\d{4}年度法治政府建设年度报告$"));
            assertThat(page.locator(".report-facts")).containsText("民政局");
            assertThat(page.locator("[data-test=section]").first()).containsText("工作推进情况总体概述");
            assertThat(page.locator("[data-test=section]", new Page.LocatorOptions().setHasText("工作要求")).first())
                    .isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("report-minzheng-submitter.png")));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("report-minzheng-submitter-whole.png"))
                    .setFullPage(true));

            // A reload of the deep link comes back to the same screen (the gateway answers it with the app).
            page.reload();
            assertThat(page.locator("[data-test=report-title]")).hasText(Pattern.compile("^\\d{4}年度法治政府建设年度报告$"));
        }
    }
}
