package org.supervisionflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.supervisionflow.e2e.Steps.awaitStage;
import static org.supervisionflow.e2e.Steps.eventually;
import static org.supervisionflow.e2e.Steps.expect;
import static org.supervisionflow.e2e.Steps.theOnlyOne;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * One report through every role in the browser, each person logging in on Keycloak's page: the office admin creates
 * and publishes a campaign for one department and sees it on the progress board; the department's submitter writes
 * and sends the report, its leader approves it; the auditor scores and returns version 1; the submitter sees the
 * reasons and sends version 2, the leader approves; the auditor scores it beside its difference to version 1 and
 * accepts it with a finding; the department asks for a later rectification deadline and the office grants it; the
 * submitter answers the finding, the leader approves the answer, the auditor closes it (销号); the history shows a
 * verified timeline and the engine's diagram. A viewer reads the campaign and the review without any action, the
 * department itself is refused the office's campaign page. The API only reads, to find ids and wait for the
 * asynchronous steps; the department's editor in detail (figures, evidence, conflicts) is {@link DepartmentReportE2ETest}.
 */
@WholeStack
class EveryRoleInTheBrowserE2ETest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    private static final String DEPARTMENT = "shengtai";
    private static final String DEPARTMENT_NAME = "生态环境局";

    private final String admin = KeycloakTokens.accessToken("admin");
    private final String submitter = KeycloakTokens.accessToken(DEPARTMENT + "-submitter");
    private final String auditor = KeycloakTokens.accessToken("auditor");

    @Test
    void theOfficePublishesTheDepartmentWritesTheAuditorReturnsAcceptsWithAFindingAndClosesItAndOthersOnlyRead() {
        String title = "端到端测试：各角色在浏览器中 " + UUID.randomUUID().toString().substring(0, 8);
        String deadline = LocalDate.now(Steps.CHINA).plusDays(20).toString();
        String campaign;
        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/campaigns", "admin");
            campaign = createAndPublish(page, title);
        }

        String reportId = theOnlyOne("/api/reports?campaignId=" + campaign, submitter).get("id").asText();
        String reportPath = "/api/reports/" + reportId;
        String assignment = theOnlyOne("/api/assignments?campaignId=" + campaign, submitter).get("id").asText();
        submitVersion(reportId, assignment, "生态环境局依法行政工作总结。", null);

        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/tasks", "auditor");
            claimFromQueue(page, title, assignment, 1);
            int indicators = scoreEveryIndicator(page, 2, "基本符合要求");
            assertThat(page.locator("[data-test=total-score]")).hasText(Pattern.compile("^" + 2 * indicators + " / \\d+$"));
            returnWithReasons(page);
            top(page, "office-review-returned-auditor.png");

            JsonNode returned = eventually(() -> {
                JsonNode report = expect(200, Gateway.get(reportPath, submitter));
                assertThat(report.get("returnReasons").toString()).contains("缺少执法案卷评查数据");
                return report;
            });
            assertThat(returned.get("returnReasons")).hasSize(2);
            submitVersion(reportId, assignment, "全年评查执法案卷120件。", returned);

            claimFromQueue(page, title, assignment, 2);
            assertThat(page.locator("[data-test=previous-review]")).containsText("退回修改");
            assertThat(page.locator("[data-test=previous-review]")).containsText("缺少执法案卷评查数据");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("与第 1 版的差异")).click();
            assertThat(page.locator("[data-test=version-diff]")).containsText("全年评查执法案卷120件");
            settled(page.locator(".el-tabs"));
            Browsers.screenshot(page, "office-review-diff-auditor.png");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("报告与评分")).click();
            scoreEveryIndicator(page, 3, "符合要求");
            assertThat(page.locator("[data-test=total-score]")).hasText(Pattern.compile("^" + 3 * indicators + " / \\d+$"));
            String indicator = acceptWithOneFinding(page, deadline);
            top(page, "office-review-accepted-auditor.png");
            // A long title wraps onto two lines on paper.
            assertThat(printedVersion(page).replaceAll("\\s+", "")).contains(title.replace(" ", ""), "全年评查执法案卷120件");

            JsonNode rectification = theOnlyOne(reportPath + "/rectifications", submitter);
            String finding = rectification.get("finding").get("findingId").asText();
            String extendedDeadline = LocalDate.parse(deadline).plusDays(10).toString();
            extendTheDeadline(reportId, title, rectification.get("finding").get("noticeNumber").asText(), extendedDeadline);
            eventually(() -> assertThat(expect(200, Gateway.get("/api/findings/" + finding, auditor)).get("deadline").asText())
                    .isEqualTo(extendedDeadline));
            answerTheFinding(reportId, finding);
            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("问题整改")).click();
            page.locator("[data-test=findings-filter-ANSWERED]").click();
            Locator row = page.locator("[data-test=findings] .el-table__row", new Page.LocatorOptions()
                    .setHasText(expect(200, Gateway.get("/api/findings/" + finding, auditor)).get("noticeNumber").asText()));
            assertThat(row).containsText(DEPARTMENT_NAME);
            assertThat(row).containsText(indicator);
            assertThat(row.locator("[data-test=finding-status]")).hasText("待核验");
            row.click();
            Locator drawer = page.locator("[data-test=finding-drawer]");
            assertThat(drawer.locator("[data-test=answers]")).containsText("已在单位网站公开执法案卷评查结果。");
            assertThat(drawer.locator("[data-test=verification-status]")).hasText("待核验");
            drawer.locator("[data-test=verify-close]").click();
            drawer.locator("[data-test=verify-reason]").fill("整改到位，同意销号");
            settled(drawer);
            Browsers.screenshot(page, "office-finding-answered-auditor.png");
            drawer.locator("[data-test=verify-submit]").click();
            assertThat(page.locator(".el-message", new Page.LocatorOptions().setHasText("问题已销号"))).isVisible();
            // The list reloads with the 待核验 filter, which the closed finding has left; the drawer stays open
            // with the finding's new state.
            assertThat(row).hasCount(0);
            assertThat(drawer.locator("[data-test=finding-outside-filter]")).isVisible();
            assertThat(drawer.locator("[data-test=verification-status]")).hasText("已销号");
            assertThat(drawer.locator("[data-test=verify-form]")).hasCount(0);
            page.keyboard().press("Escape");
            assertThat(drawer.locator("[data-test=finding-panel]")).hasCount(0);
            page.locator("[data-test=findings-filter-CLOSED]").click();
            row.click();
            assertThat(row.locator("[data-test=finding-status]")).hasText("已销号");
            assertThat(drawer.locator("[data-test=verification-status]")).hasText("已销号");
            assertThat(drawer.locator("[data-test=answers]")).containsText("整改到位，同意销号");
            assertThat(drawer.locator("[data-test=verify-form]")).hasCount(0);
            settled(drawer);
            Browsers.screenshot(page, "office-finding-closed-auditor.png");
            awaitStage(assignment, "CLOSED", auditor);

            page.navigate(Browsers.APP + "/campaigns/" + campaign);
            Locator board = page.locator("[data-test=recipients] .el-table__row", new Page.LocatorOptions().setHasText(DEPARTMENT_NAME));
            assertThat(board.locator("[data-test=stage]")).hasText("已办结");
            assertThat(board).containsText("未销号 0 / 已销号 1");
            Browsers.screenshot(page, "office-campaign-board-closed-auditor.png");
            board.locator("[data-test=history-link]").click();
            assertThat(page.locator("[data-test=timeline-verified]")).containsText("校验通过");
            // Drafting belongs to the round of the version it leads up to: two versions, two rounds.
            Locator rounds = page.locator("[data-test=timeline-round]");
            assertThat(rounds).hasCount(2);
            assertThat(rounds.nth(0).locator("h3")).hasText("第 1 版");
            assertThat(rounds.nth(1).locator("h3")).hasText("第 2 版");
            assertThat(page.locator("[data-test=timeline-entry]").nth(14)).isVisible();
            top(page, "office-history-timeline-auditor.png");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("流程图")).click();
            Locator diagram = page.locator("[data-test=bpmn-diagram]");
            assertThat(diagram.locator("[data-test=diagram-instances]")).containsText("问题整改 1");
            assertThat(diagram.locator(".step-completed").first()).isVisible();
            assertThat(diagram.locator(".step-completed").nth(4)).isAttached();
            Browsers.screenshot(page, "office-history-diagram-auditor.png");
        }

        String review = theReviewOfVersion(assignment, 2).get("id").asText();
        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/campaigns/" + campaign, "viewer");
            assertThat(page.locator("[data-test=campaign-title]")).hasText(title);
            assertThat(page.locator("[data-test=recipients] [data-test=stage]")).hasText("已办结");
            assertThat(page.locator("[data-test=board-kpis]")).isVisible();
            for (String action : new String[] {"edit-campaign", "publish-campaign", "move-due-date", "withdraw-campaign"}) {
                assertThat(page.locator("[data-test=" + action + "]")).hasCount(0);
            }
            Browsers.screenshot(page, "office-campaign-viewer.png");

            page.navigate(Browsers.APP + "/reviews/" + review);
            assertThat(page.locator("[data-test=review-status]")).hasText("已审结");
            assertThat(page.locator("[data-test=score-read]").first()).containsText("3 /");
            for (String action : new String[] {"claim", "release", "score-form", "decision-form"}) {
                assertThat(page.locator("[data-test=" + action + "]")).hasCount(0);
            }
            top(page, "office-review-viewer.png");
        }

        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/campaigns/" + campaign, DEPARTMENT + "-submitter");
            assertThat(page.locator("main")).containsText("无权访问");
            assertThat(page.locator("[data-test=campaign-title]")).hasCount(0);
            Browsers.screenshot(page, "office-campaign-of-" + DEPARTMENT + "-submitter.png");
        }
    }

    /** The admin's form from 新建督察任务 to 发布, ending on the board; answers the campaign's id. */
    private String createAndPublish(Page page, String title) {
        page.locator("[data-test=new-campaign]").click();
        String framework = expect(200, Gateway.get("/api/frameworks", admin)).get(0).get("name").asText();
        page.locator("[data-test=campaign-framework]").click();
        option(page, framework).click();
        page.locator("[data-test=campaign-kind]").click();
        option(page, "专项督察").click();
        page.locator("[data-test=campaign-title-input]").fill(title);
        page.locator("[data-test=campaign-document-number]").fill("督察办〔2026〕E2E-" + title.substring(title.length() - 8));
        page.locator("[data-test=campaign-period]").fill("2026年度");
        Locator dueDate = page.locator("[data-test=campaign-due-date] input");
        dueDate.fill(LocalDate.now(Steps.CHINA).plusDays(30).toString());
        dueDate.press("Enter");
        page.locator("[data-test=department-" + DEPARTMENT + "]").click();
        assertThat(page.locator("[data-test=campaign-recipients]")).containsText(DEPARTMENT_NAME);
        page.locator("[data-test=policy-reminders]").click();
        option(page, "5").click();
        page.keyboard().press("Escape");
        numberInput(page, "policy-yellow", "2");
        numberInput(page, "policy-red", "6");
        numberInput(page, "policy-review", "8");
        Browsers.screenshot(page, "office-campaign-form-admin.png");
        page.locator("[data-test=save-campaign]").click();

        assertThat(page.locator("[data-test=campaign-title]")).hasText(title);
        assertThat(page.locator("[data-test=campaign-status]")).hasText("草稿");
        // The descriptions item's data-test=deadline-policy is not rendered (Element Plus renders no element of its own).
        assertThat(page.locator(".el-descriptions"))
                .containsText("截止前 5、3、1、0 个工作日提醒；逾期 2 个工作日黄牌、6 个工作日红牌；审核时限 8 个工作日");
        assertThat(page.locator("[data-test=recipients]")).containsText(DEPARTMENT_NAME);
        page.locator("[data-test=publish-campaign]").click();
        page.locator(".el-message-box__btns .el-button--primary").click();
        assertThat(page.locator("[data-test=campaign-status]")).hasText("已发布");
        assertThat(page.locator("[data-test=recipients] .el-table__row")).containsText(DEPARTMENT_NAME);
        assertThat(page.locator("[data-test=recipients] [data-test=stage]")).hasText(Pattern.compile("已下达|填报中"));
        assertThat(page.locator("[data-test=board-kpis]")).containsText("下达部门");
        assertThat(page.locator("[data-test=board-charts]")).isVisible();
        assertThat(page.locator("[data-test=publish-campaign]")).hasCount(0);
        Browsers.screenshot(page, "office-campaign-board-admin.png");
        return page.url().substring(page.url().lastIndexOf('/') + 1);
    }

    /** The text of the reviewed version's PDF, downloaded from the review page as the auditor would. */
    private static String printedVersion(Page page) {
        Download download = page.waitForDownload(() -> page.locator("[data-test=version-pdf]").click());
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            return new PDFTextStripper().getText(pdf);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The top of a page too long to read whole: what a person sees first. */
    private static void top(Page page, String name) {
        page.evaluate("window.scrollTo(0, 0)");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve(name)));
    }

    /** Waits until the part has finished moving in (a drawer slides), so its screenshot shows it whole. */
    private static void settled(Locator part) {
        part.evaluate("part => Promise.all(part.getAnimations({ subtree: true }).map(animation => animation.finished))");
    }

    /** The open select's option with this text (Element Plus puts the list at the end of the page). */
    private static Locator option(Page page, String text) {
        return page.locator(".el-select-dropdown__item:visible", new Page.LocatorOptions().setHasText(text)).first();
    }

    private static void numberInput(Page page, String test, String value) {
        Locator input = page.locator("[data-test=" + test + "] input");
        input.fill(value);
        input.press("Tab");
    }

    /**
     * The submitter adds to the report's first section and sends it, the leader approves what it shows: the report
     * waits for review again. After a return the submitter first sees the auditor's reasons.
     */
    private void submitVersion(String reportId, String assignment, String text, JsonNode returned) {
        eventually(() -> assertThat(expect(200, Gateway.get("/api/reports/" + reportId, submitter)).get("status").asText())
                .isEqualTo("OPEN_FOR_DRAFTING"));
        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/reports/" + reportId, DEPARTMENT + "-submitter");
            if (returned != null) {
                // Each reason once: an indicator's at its section, the whole report's above all sections.
                for (JsonNode reason : returned.get("returnReasons")) {
                    assertThat(page.getByText(reason.get("reason").asText())).hasCount(1);
                }
                assertThat(page.locator("[data-test=return-reasons]")).containsText("请补充全年工作总体情况");
                top(page, "office-report-returned-" + DEPARTMENT + "-submitter.png");
            }
            DepartmentPages.type(page, page.locator("[data-test=section]").first(), text);
            DepartmentPages.sendForApproval(page);
        }
        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/reports/" + reportId, DEPARTMENT + "-leader");
            assertThat(page.locator("[data-test=approval]")).containsText(text);
            DepartmentPages.approve(page);
        }
        awaitStage(assignment, "SUBMITTED", submitter);
    }

    /** The auditor opens 报告审核 and claims the campaign's report of this version from the unclaimed queue. */
    private void claimFromQueue(Page page, String title, String assignment, int version) {
        // The queue lists what the service has when it opens and does not poll: wait until review-service has the review.
        theReviewOfVersion(assignment, version);
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("报告审核")).click();
        page.locator("[data-test=queue-filter-unclaimed]").click();
        Locator row = page.locator("[data-test=review-queue] .el-table__row", new Page.LocatorOptions().setHasText(title));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("v" + version);
        assertThat(row).containsText(DEPARTMENT_NAME);
        assertThat(row.locator("[data-test=review-status]")).hasText("待领取");
        if (version == 1) {
            Browsers.screenshot(page, "office-review-queue-auditor.png");
        }
        row.locator("[data-test=claim]").click();
        assertThat(page.locator("[data-test=review-title]")).containsText("v" + version);
        assertThat(page.locator("[data-test=review-status]")).hasText("审核中");
    }

    /** The queued review of this report version, once review-service has opened it. */
    private JsonNode theReviewOfVersion(String assignment, int version) {
        return eventually(() -> {
            JsonNode found = null;
            for (JsonNode candidate : expect(200, Gateway.get("/api/reviews?filter=all&assignmentId=" + assignment, auditor))) {
                if (candidate.get("reportVersion").asInt() == version) {
                    assertThat(found).as("one review of version %s", version).isNull();
                    found = candidate;
                }
            }
            assertThat(found).as("the review of version %s", version).isNotNull();
            return found;
        });
    }

    /** Scores every indicator card with the same points and comment; answers how many there are. */
    private static int scoreEveryIndicator(Page page, int points, String comment) {
        Locator cards = page.locator("[data-test=indicator]");
        assertThat(cards.first()).isVisible();
        int count = cards.count();
        for (int index = 0; index < count; index++) {
            Locator card = cards.nth(index);
            Locator score = card.locator("[data-test=score-input] input");
            score.fill(String.valueOf(points));
            score.press("Tab");
            card.locator("[data-test=score-comment]").fill(comment);
            card.locator("[data-test=save-score]").click();
            assertThat(card.locator("[data-test=score-saved]")).hasText("已评 " + points + " 分");
        }
        assertThat(page.locator("[data-test=total-score]").locator("xpath=..")).containsText("已评 " + count + "/" + count + " 项");
        return count;
    }

    /** 退回修改 with a reason on the last indicator and one on the whole report. */
    private static void returnWithReasons(Page page) {
        String lastIndicator = page.locator("[data-test=indicator]").last().getAttribute("data-indicator");
        page.locator("[data-test=decision-RETURN]").click();
        page.locator("[data-test=reason-indicator]").first().click();
        option(page, lastIndicator + " ").click();
        page.locator("[data-test=reason-text]").first().fill("缺少执法案卷评查数据");
        page.locator("[data-test=add-reason]").click();
        page.locator("[data-test=reason-text]").nth(1).fill("请补充全年工作总体情况");
        assertThat(page.locator("[data-test=decision-problems]")).hasCount(0);
        page.locator("[data-test=submit-decision]").click();
        page.locator(".el-message-box__btns .el-button--primary").click();
        assertThat(page.locator("[data-test=review-status]")).hasText("已审结");
        Locator result = page.locator("[data-test=decision-result]");
        assertThat(result).containsText("退回修改");
        assertThat(result).containsText(lastIndicator);
        assertThat(result).containsText("缺少执法案卷评查数据");
        assertThat(result).containsText("整份报告");
        assertThat(page.locator("[data-test=decision-form]")).hasCount(0);
    }

    /** 通过但有问题 with one finding on the first indicator; answers that indicator's code. */
    private static String acceptWithOneFinding(Page page, String deadline) {
        String indicator = page.locator("[data-test=indicator]").first().getAttribute("data-indicator");
        page.locator("[data-test=decision-ACCEPT_WITH_FINDINGS]").click();
        Locator entry = page.locator("[data-test=finding-entry]");
        entry.locator("[data-test=finding-indicator]").click();
        option(page, indicator + " ").click();
        entry.locator("[data-test=finding-severity]").click();
        option(page, "较重").click();
        Locator date = entry.locator("[data-test=finding-deadline] input");
        date.fill(deadline);
        date.press("Enter");
        entry.locator("[data-test=finding-description]").fill("执法案卷评查结果未向社会公开");
        entry.locator("[data-test=finding-measures]").fill("在单位网站公开评查结果");
        assertThat(page.locator("[data-test=decision-problems]")).hasCount(0);
        page.locator("[data-test=submit-decision]").click();
        page.locator(".el-message-box__btns .el-button--primary").click();
        assertThat(page.locator("[data-test=review-status]")).hasText("已审结");
        assertThat(page.locator("[data-test=decision-result]")).containsText("通过但有问题");
        Locator findings = page.locator("[data-test=decided-findings] .el-table__row");
        assertThat(findings).hasCount(1);
        assertThat(findings).containsText(indicator);
        assertThat(findings).containsText("较重");
        assertThat(findings).containsText(deadline);
        assertThat(findings).containsText("整改中");
        return indicator;
    }

    /**
     * The submitter asks for a later rectification deadline for the finding (延期申请), the office admin grants it on
     * the extension requests screen.
     */
    private void extendTheDeadline(String reportId, String title, String notice, String requested) {
        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/reports/" + reportId, DEPARTMENT + "-submitter");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("延期申请")).click();
            Locator panel = page.locator("[data-test=extensions]");
            panel.locator("[data-test=extension-target]").click();
            option(page, notice).click();
            Locator date = panel.locator(".el-date-editor input");
            date.fill(requested);
            date.press("Enter");
            panel.locator("[data-test=extension-reason]").fill("整改涉及单位网站改版，需延期完成");
            panel.locator("[data-test=extension-submit]").click();
            Locator request = panel.locator("[data-test=extension-list] .el-table__row");
            assertThat(request).containsText(notice);
            assertThat(request).containsText("待审批");
            Browsers.screenshot(page, "office-finding-extension-request-" + DEPARTMENT + "-submitter.png");
        }
        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/extension-requests", "admin");
            Locator row = page.locator("[data-test=extension-requests] .el-table__row", new Page.LocatorOptions().setHasText(title));
            assertThat(row).containsText(requested);
            assertThat(row.locator("[data-test=extension-status]")).hasText("待审批");
            Browsers.screenshot(page, "office-extension-requests-admin.png");
            row.locator("[data-test=grant-extension]").click();
            page.locator("[data-test=extension-text]").fill("同意延期，请按期完成整改");
            page.locator("[data-test=confirm-extension]").click();
            assertThat(page.locator(".el-message", new Page.LocatorOptions().setHasText("已同意"))).isVisible();
            assertThat(row).hasCount(0);
            page.locator("[data-test=extensions-filter]").getByText("已同意").click();
            assertThat(row.locator("[data-test=extension-status]")).hasText("已同意");
        }
    }

    /** The submitter writes the measures taken for the finding and sends them, the leader approves the answer. */
    private void answerTheFinding(String reportId, String finding) {
        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/reports/" + reportId, DEPARTMENT + "-submitter");
            Locator rectification = DepartmentPages.rectification(page);
            assertThat(rectification).containsText("执法案卷评查结果未向社会公开");
            DepartmentPages.writeMeasures(page, rectification, "已在单位网站公开执法案卷评查结果。");
            DepartmentPages.sendRectification(rectification);
        }
        try (BrowserContext context = browsers.newContext()) {
            Page page = Browsers.logIn(context, "/reports/" + reportId, DEPARTMENT + "-leader");
            Locator rectification = DepartmentPages.rectification(page);
            assertThat(rectification).containsText("已在单位网站公开执法案卷评查结果。");
            DepartmentPages.approveRectification(page, rectification);
        }
        eventually(() -> {
            JsonNode verifications = expect(200, Gateway.get("/api/findings/" + finding + "/verifications", auditor));
            assertThat(verifications.toString()).contains("\"PENDING\"");
            return verifications;
        });
    }
}
