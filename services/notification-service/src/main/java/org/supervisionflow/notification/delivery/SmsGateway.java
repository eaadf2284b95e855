package org.supervisionflow.notification.delivery;

/** Sends a text message through whatever provider the deployment uses; no vendor is built in. */
public interface SmsGateway {

    /** Whether SMS can go out at all; when not, no SMS delivery is queued. */
    boolean enabled();

    /**
     * Hands one message to the provider.
     *
     * @throws RuntimeException when the provider did not take it, so the delivery is retried
     */
    void send(String phone, String text);
}
