package org.supervisionflow.notification.preference.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.contracts.NotificationChannel;
import org.supervisionflow.notification.preference.NotificationKind;
import org.supervisionflow.notification.preference.Preference;
import org.supervisionflow.notification.preference.Preferences;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** The caller's own notification preferences: which channels for which kind. */
@RestController
@RequestMapping("/api/notifications/preferences")
@PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
@Tag(name = "preferences", description = "通知偏好: channels (IN_APP, EMAIL, SMS) per kind of notification; in-app is always on")
class PreferenceController {

    private final Preferences preferences;

    PreferenceController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    @Operation(summary = "My channels for every kind of notification (defaults where I chose nothing)")
    List<Preference> mine(CurrentUser user) {
        return preferences.of(user.username());
    }

    @PutMapping
    @Operation(summary = "Set my channels for the kinds listed; kinds not listed keep theirs")
    @ApiResponse(responseCode = "422", description = "A kind listed twice")
    List<Preference> update(CurrentUser user, @Valid @RequestBody PreferencesRequest request) {
        Map<NotificationKind, Set<NotificationChannel>> channels = new EnumMap<>(NotificationKind.class);
        for (KindChannels entry : request.preferences()) {
            if (channels.put(entry.kind(), Set.copyOf(entry.channels())) != null) {
                throw ProblemException.unprocessable("duplicate-kind", Text.of("通知类型重复：" + entry.kind(),
                        "Kind " + entry.kind() + " is listed twice"));
            }
        }
        return preferences.update(user.username(), channels);
    }

    /** The kinds to change, each with all the channels wanted for it. */
    record PreferencesRequest(@NotEmpty List<@Valid @NotNull KindChannels> preferences) {
    }

    /** One kind's channels. */
    record KindChannels(@NotNull NotificationKind kind, @NotNull Set<@NotNull NotificationChannel> channels) {
    }
}
