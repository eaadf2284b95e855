package org.supervisionflow.notification.inbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.supervisionflow.notification.preference.NotificationKind;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One notification in one person's inbox; {@code link} is a path of the web app, {@code readAt} null while unread.
 * {@code facts} names what the Chinese title and body state, so the web app writes other languages from data.
 */
public record Notification(UUID id, String recipientUsername, NotificationKind kind,
        @Schema(description = "中文标题（邮件、短信同用） / Chinese title, also the mail subject and text message")
        String title,
        @Schema(description = "中文正文 / Chinese body") String body,
        @Schema(description = "标题和正文所述事实（按通知类型，见服务 README「Facts」） / what the title and body state, "
                + "by name, per kind (see the service README, \"Facts\"): e.g. campaignTitle, departmentCode, dueDate, "
                + "reportVersion, workingDaysOverdue, reason; dates ISO-8601, numbers and enums as text; an unknown "
                + "value is left out; empty for notifications stored before facts existed",
                example = "{\"campaignTitle\": \"2025年度法治政府建设情况报告\", \"departmentCode\": \"minzheng\", "
                        + "\"dueDate\": \"2026-03-31\"}") Map<String, String> facts,
        String link, UUID assignmentId, String departmentCode, String sourceEventType, Instant createdAt,
        Instant readAt) {
}
