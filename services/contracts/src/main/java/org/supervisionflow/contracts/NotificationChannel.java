package org.supervisionflow.contracts;

/** How a person is told: in the app, by email, by SMS. */
public enum NotificationChannel {
    IN_APP,
    EMAIL,
    SMS
}
