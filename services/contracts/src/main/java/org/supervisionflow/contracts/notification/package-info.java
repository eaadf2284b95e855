/** Events of the notification service on {@code supervision.notification.events}. */
package org.supervisionflow.contracts.notification;
