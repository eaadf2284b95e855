package org.supervisionflow.notification.inbox;

import java.util.Map;
import java.util.Set;

import org.supervisionflow.notification.preference.NotificationKind;
import org.supervisionflow.platform.security.Role;

/**
 * What the decision table says about one event: who (roles, department roles limited to {@code departmentCode}),
 * what kind, the words (the title doubles as the text message), where in the web app it leads, and the facts the
 * words state, by name (README, "Facts").
 */
record Notice(NotificationKind kind, Set<Role> audience, String departmentCode, String title, String body, String link,
        Map<String, String> facts) {
}
