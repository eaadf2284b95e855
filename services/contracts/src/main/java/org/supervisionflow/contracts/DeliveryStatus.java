package org.supervisionflow.contracts;

/** The outcome of one attempt to deliver a notification. */
public enum DeliveryStatus {
    DELIVERED,
    FAILED
}
