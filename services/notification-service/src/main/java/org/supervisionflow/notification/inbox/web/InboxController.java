package org.supervisionflow.notification.inbox.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.notification.inbox.InboxPage;
import org.supervisionflow.notification.inbox.Notification;
import org.supervisionflow.notification.inbox.Notifications;
import org.supervisionflow.notification.inbox.ReadFilter;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's own in-app inbox; nobody sees another person's notifications. */
@RestController
@RequestMapping("/api/notifications")
@PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
@Tag(name = "inbox", description = "站内信: my notifications, newest first; unread count; mark read")
class InboxController {

    private static final Text NOTIFICATION = Text.of("通知", "Notification");

    private final Notifications notifications;

    InboxController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "My notifications, newest first, a page at a time")
    InboxPage list(CurrentUser user,
            @Parameter(description = "ALL, UNREAD or READ") @RequestParam(defaultValue = "ALL") ReadFilter status,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        return notifications.page(user.username(), status, page, size);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of my notifications are unread")
    Map<String, Long> unreadCount(CurrentUser user) {
        return Map.of("unread", notifications.unread(user.username()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    @ApiResponse(responseCode = "404", description = "No such notification, or another person's")
    Notification markRead(@PathVariable UUID id, CurrentUser user) {
        return notifications.markRead(id, user.username()).orElseThrow(() -> ProblemException.notFound(NOTIFICATION, id));
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all my notifications read")
    Map<String, Integer> markAllRead(CurrentUser user) {
        return Map.of("marked", notifications.markAllRead(user.username()));
    }
}
