package org.supervisionflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A department's clicks on its report page that more than one browser test makes: the submitter's send to the
 * leader, the leader's approvals, the rectification tab. Each works on a page already showing the report.
 */
final class DepartmentPages {

    private DepartmentPages() {
    }

    /** Types at the end of the section's rich text and waits until autosave has stored it. */
    static void type(Page page, Locator section, String text) {
        section.locator("[data-test=rich-text]").click();
        page.keyboard().press("Control+End");
        page.keyboard().type(text);
        assertThat(section.locator("[data-test=save-status]")).containsText("自动保存");
    }

    /** The submitter's 报送负责人审批, confirmed: the report waits for the leader and can no longer be edited. */
    static void sendForApproval(Page page) {
        page.locator("[data-test=send-for-approval]").click();
        confirm(page);
        assertThat(page.locator("[data-test=report-status]")).hasText("待负责人审批");
        assertThat(page.locator("[data-test=read-only]")).isVisible();
    }

    /** The leader approves what the approval panel shows: the report is submitted as a new version. */
    static void approve(Page page) {
        page.locator("[data-test=approve]").click();
        confirm(page);
        assertThat(page.locator("[data-test=report-status]")).hasText("已报送");
    }

    /** The 整改 tab's card of the report's one finding. */
    static Locator rectification(Page page) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("整改")).click();
        return page.locator("[data-test=rectification]");
    }

    /** The submitter writes the measures taken into the finding's card (autosaved); sending is the caller's. */
    static void writeMeasures(Page page, Locator rectification, String measures) {
        rectification.locator("[data-test=measures]").click();
        page.keyboard().type(measures);
        assertThat(rectification.locator("[data-test=save-status]")).containsText("自动保存");
    }

    static void sendRectification(Locator rectification) {
        rectification.locator("[data-test=rectification-send]").click();
        assertThat(rectification.locator("[data-test=rectification-status]")).hasText("待负责人审批");
    }

    /** The leader approves the answer in the finding's card: it goes to the auditor for verification. */
    static void approveRectification(Page page, Locator rectification) {
        rectification.locator("[data-test=rectification-approve]").click();
        confirm(page);
        assertThat(rectification.locator("[data-test=rectification-status]")).hasText("已报送核查");
    }

    /** The primary button of the open confirmation box. */
    private static void confirm(Page page) {
        page.locator(".el-message-box__btns .el-button--primary").click();
    }
}
