/** REST adapter: a person lists their notifications, counts the unread and marks them read. */
package org.supervisionflow.notification.inbox.web;
