/**
 * Each person's in-app inbox, and the decision who is told what: every event from every topic goes through the
 * decision table ({@link org.supervisionflow.notification.inbox.NotificationRules}) to the inboxes, and on to email
 * and SMS by each person's preferences.
 */
package org.supervisionflow.notification.inbox;
