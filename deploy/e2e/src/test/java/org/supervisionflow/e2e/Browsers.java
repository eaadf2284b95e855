package org.supervisionflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Debian's Chromium (headless) driven by Playwright for the browser tests, and a user's login on Keycloak's real
 * page. The app is the gateway's, or with {@code -De2e.app=http://localhost:5173} Vite's dev server (the login still
 * happens on the gateway; localhost cookies are shared across ports). A test class registers it as a static
 * {@code @RegisterExtension} field: Chromium starts before its first test and stops after its last. When a test
 * fails, the failure lists the requests its browser was still waiting for (a navigation that never finished has
 * twice timed out in CI without a trace of which server kept it waiting).
 */
final class Browsers implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, TestExecutionExceptionHandler {

    /** Debian's chromium package; Playwright's own browser downloads are not possible here. */
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final String APP = System.getProperty("e2e.app", LocalStackExtension.GATEWAY);

    private Playwright playwright;
    private Browser browser;
    /** Requests sent and not yet answered by the running test's contexts (closed ones too), with when they were sent. */
    private static final Map<Request, Instant> UNANSWERED = new ConcurrentHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium is missing: apt-get install -y chromium").isTrue();
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

    @Override
    public void beforeEach(ExtensionContext context) {
        UNANSWERED.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (!UNANSWERED.isEmpty()) {
            failure.addSuppressed(new AssertionError("The browser was still waiting for:" + waitingFor()));
        }
        throw failure;
    }

    private static String waitingFor() {
        Instant now = Instant.now();
        return UNANSWERED.entrySet().stream()
                .map(entry -> "\n  " + entry.getKey().method() + " " + entry.getKey().url() + " (for "
                        + Duration.between(entry.getValue(), now).toMillis() + " ms)")
                .sorted()
                .collect(Collectors.joining());
    }

    /** A fresh browser profile (no session), in Chinese, at a desktop size. */
    BrowserContext newContext() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1366, 860));
        context.setDefaultTimeout(60_000);
        context.onRequest(request -> UNANSWERED.put(request, Instant.now()));
        context.onRequestFinished(UNANSWERED::remove);
        context.onRequestFailed(UNANSWERED::remove);
        return context;
    }

    /** Fills in and submits Keycloak's login form shown on the page. */
    static void submitLogin(Page page, String username) {
        fillLogin(page, username);
        page.locator("#kc-login").click();
    }

    private static void fillLogin(Page page, String username) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(KeycloakTokens.DEMO_PASSWORD);
    }

    /** Opens a page of the app, logs in on Keycloak's page and waits until the app shows the user. */
    static Page logIn(BrowserContext context, String path, String username) {
        Page page = context.newPage();
        page.navigate(LocalStackExtension.GATEWAY + path);
        fillLogin(page, username);
        // Keycloak's answer leads through the gateway's code exchange back to the app. Twice (CI, and once here in
        // about ten runs) that chain never finished within a minute while every other login did: what the browser
        // waited for goes to the log, and the app's page is opened again, which the new Keycloak session lets through.
        try {
            page.locator("#kc-login").click(new Locator.ClickOptions().setTimeout(30_000));
        } catch (TimeoutError stuck) {
            System.err.println("The login of " + username + " did not finish; the browser was waiting for:" + waitingFor());
            page.navigate(LocalStackExtension.GATEWAY + path);
        }
        assertThat(page.locator("#user-name")).isVisible();
        if (!APP.equals(LocalStackExtension.GATEWAY)) {
            page.navigate(APP + path);
            assertThat(page.locator("#user-name")).isVisible();
        }
        return page;
    }

    /** What the gateway's Content-Security-Policy refuses on the context's pages, as Chromium reports it. */
    static List<String> policyRefusals(BrowserContext context) {
        List<String> refused = new CopyOnWriteArrayList<>();
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refused.add(message.text());
            }
        });
        return refused;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }

    /** Only this part of the page (a long report's full page is too tall to read). */
    static void screenshot(Locator part, String name) {
        part.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }
}
