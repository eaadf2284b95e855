/**
 * Email and SMS: a persisted queue of deliveries worked off with retries and back-off, every attempt recorded and
 * published as {@code NotificationAttempted} through the outbox.
 */
package org.supervisionflow.notification.delivery;
