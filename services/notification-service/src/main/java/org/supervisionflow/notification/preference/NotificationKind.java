package org.supervisionflow.notification.preference;

import static org.supervisionflow.contracts.NotificationChannel.EMAIL;
import static org.supervisionflow.contracts.NotificationChannel.IN_APP;
import static org.supervisionflow.contracts.NotificationChannel.SMS;

import java.util.EnumSet;
import java.util.Set;

import org.supervisionflow.contracts.NotificationChannel;

/**
 * What a notification is about, the unit of a person's preferences. Every kind is shown in the app; by default email
 * goes out for warnings, escalations, returns and findings, SMS for red warnings and escalations.
 */
public enum NotificationKind {
    ASSIGNMENT_ISSUED("新的督察任务", "New assignment", IN_APP),
    ASSIGNMENT_WITHDRAWN("督察任务撤销", "Assignment withdrawn", IN_APP),
    DUE_DATE_CHANGED("截止日期调整", "Due date changed", IN_APP),
    APPROVAL_REQUESTED("待部门负责人审批", "Approval requested", IN_APP),
    APPROVAL_REJECTED("部门负责人退回", "Sent back by the leader", IN_APP),
    SUBMITTED_FOR_REVIEW("待审核、待核验", "Submitted for review or verification", IN_APP),
    REPORT_RETURNED("报告退回修改", "Report returned", IN_APP, EMAIL),
    REPORT_ACCEPTED("报告审核通过", "Report accepted", IN_APP),
    FINDINGS_RAISED("问题整改通知", "Findings to rectify", IN_APP, EMAIL),
    RECTIFICATION_RETURNED("整改核验未通过", "Rectification sent back", IN_APP, EMAIL),
    FINDING_CLOSED("问题销号", "Finding closed", IN_APP),
    EXTENSION_REQUESTED("延期申请", "Extension requested", IN_APP),
    EXTENSION_DECIDED("延期申请结果", "Extension decided", IN_APP),
    DEADLINE_REMINDER("催办提醒", "Deadline reminder", IN_APP),
    DEADLINE_MISSED("逾期", "Deadline missed", IN_APP),
    YELLOW_WARNING("黄牌预警", "Yellow warning", IN_APP, EMAIL),
    RED_WARNING("红牌预警", "Red warning", IN_APP, EMAIL, SMS),
    ESCALATION("督办", "Escalation", IN_APP, EMAIL, SMS);

    private final String labelZh;
    private final String labelEn;
    private final Set<NotificationChannel> defaultChannels;

    NotificationKind(String labelZh, String labelEn, NotificationChannel... defaultChannels) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.defaultChannels = Set.copyOf(EnumSet.of(IN_APP, defaultChannels));
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public Set<NotificationChannel> defaultChannels() {
        return defaultChannels;
    }
}
