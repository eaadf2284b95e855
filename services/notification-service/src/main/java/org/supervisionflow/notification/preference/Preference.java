package org.supervisionflow.notification.preference;

import java.util.Set;

import org.supervisionflow.contracts.NotificationChannel;

/** The channels one person gets one kind of notification on, and whether that is the default. */
public record Preference(NotificationKind kind, String labelZh, String labelEn, Set<NotificationChannel> channels,
        boolean isDefault) {
}
