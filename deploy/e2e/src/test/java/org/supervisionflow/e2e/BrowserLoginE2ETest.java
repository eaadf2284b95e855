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
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A person's first visit, in a real (headless) Chromium: the web app sends them to Keycloak's login page and,
 * once they log in, back to the landing page, which shows who they are.
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
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aSubmitterLogsInThroughKeycloakAndSeesTheirNameAndDepartment() {
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = context.newPage();
            page.navigate(LocalStackExtension.GATEWAY + "/");

            assertThat(page).hasURL(Pattern.compile("^http://localhost:8180/realms/supervision/protocol/openid-connect/auth.*"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("keycloak-login.png")));
            page.locator("#username").fill("minzheng-submitter");
            page.locator("#password").fill(KeycloakTokens.DEMO_PASSWORD);
            page.locator("#kc-login").click();

            assertThat(page).hasURL(Pattern.compile("^http://localhost:8080/.*"));
            assertThat(page.locator("#username")).hasText("minzheng-submitter");
            assertThat(page.locator("#department")).containsText("民政局");
            assertThat(page.locator("#roles")).containsText("填报员");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("landing-minzheng-submitter.png"))
                    .setFullPage(true));
        }
    }
}
