/**
 * notification-service: in-app inbox, live push, email and SMS for reminders, warnings and lifecycle events.
 * In this slice it runs as a secured service on its own database; its features arrive with the deadlines issue.
 */
package org.supervisionflow.notification;
