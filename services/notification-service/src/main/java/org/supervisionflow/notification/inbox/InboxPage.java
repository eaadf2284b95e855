package org.supervisionflow.notification.inbox;

import java.util.List;

/** One page of a person's notifications, newest first, with the totals a badge and a pager need. */
public record InboxPage(List<Notification> items, int page, int size, long total, long unread) {
}
