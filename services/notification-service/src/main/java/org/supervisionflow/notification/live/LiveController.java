package org.supervisionflow.notification.live;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.supervisionflow.notification.inbox.Notifications;
import org.supervisionflow.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's live stream of new notifications. */
@RestController
@PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
@Tag(name = "live", description = "实时推送: server-sent events of my new notifications")
class LiveController {

    private final LiveStreams streams;
    private final Notifications notifications;

    LiveController(LiveStreams streams, Notifications notifications) {
        this.streams = streams;
        this.notifications = notifications;
    }

    @GetMapping(path = "/api/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events: 'ready' with my unread count, then 'notification' for each new one of mine; "
            + "comment lines as heartbeat. The stream ends when my token expires; EventSource reconnects")
    SseEmitter stream(CurrentUser user, @Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
        return streams.open(user.username(), notifications.unread(user.username()), token.getExpiresAt());
    }
}
