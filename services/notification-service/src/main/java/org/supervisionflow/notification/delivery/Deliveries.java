package org.supervisionflow.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.DeliveryStatus;
import org.supervisionflow.contracts.NotificationChannel;
import org.supervisionflow.contracts.notification.NotificationAttempted;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Queues notifications for their channels and keeps the record of every attempt. The same fact reaches the same
 * person on the same channel once: a second request for it is a no-op.
 */
@Service
@EnableConfigurationProperties(DeliveryProperties.class)
public class Deliveries {

    /** Provider limits differ; 300 characters fit every long-SMS provider we know. */
    private static final int SMS_MAX_LENGTH = 300;

    private final DeliveryQueue queue;
    private final ITemplateEngine templates;
    private final SmsGateway sms;
    private final DeliveryProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Deliveries(DeliveryQueue queue, ITemplateEngine templates, SmsGateway sms, DeliveryProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.queue = queue;
        this.templates = templates;
        this.sms = sms;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records that the person's in-app inbox got the notification (delivered at once), so the history lists it beside
     * mail and SMS.
     */
    @Transactional
    public void recordInApp(Envelope envelope, String subject) {
        Instant now = clock.instant();
        queue.add(envelope, NotificationChannel.IN_APP, envelope.recipient().username(), subject, "", "PENDING", now)
                .ifPresent(id -> attempted(id, envelope.notificationId(), envelope.sourceEventType(),
                        envelope.assignmentId(), envelope.recipient().username(), envelope.recipient().displayName(),
                        NotificationChannel.IN_APP, 1, null, now));
    }

    /**
     * Queues a mail rendered from {@code templates/mail/<template>.html} with the model plus {@code recipientName},
     * {@code appBaseUrl} and {@code link} (the absolute form of {@code linkPath}).
     *
     * @return whether it was queued: not when the person has no address or already got this fact by mail
     */
    @Transactional
    public boolean email(Envelope envelope, String subject, String template, String linkPath, Map<String, Object> model) {
        String address = envelope.recipient().email();
        if (address == null) {
            return false;
        }
        Context context = new Context(Locale.SIMPLIFIED_CHINESE, model);
        context.setVariable("recipientName", envelope.recipient().displayName());
        context.setVariable("appBaseUrl", properties.appBaseUrl());
        context.setVariable("link", properties.link(linkPath));
        String html = templates.process("mail/" + template, context);
        return queue.add(envelope, NotificationChannel.EMAIL, address, "【督察通】" + subject, html, "PENDING",
                clock.instant()).isPresent();
    }

    /**
     * Queues a text message ending with the absolute link.
     *
     * @return whether it was queued: not when SMS is off, the person has no phone, or already got this fact by SMS
     */
    @Transactional
    public boolean sms(Envelope envelope, String text, String linkPath) {
        String phone = envelope.recipient().phone();
        if (phone == null || !sms.enabled()) {
            return false;
        }
        String link = " " + properties.link(linkPath);
        String message = "【督察通】" + text;
        if (message.length() + link.length() > SMS_MAX_LENGTH) {
            message = message.substring(0, SMS_MAX_LENGTH - link.length() - 1) + "…";
        }
        return queue.add(envelope, NotificationChannel.SMS, phone, text, message + link, "PENDING", clock.instant())
                .isPresent();
    }

    /** Every delivery about the assignment with its attempts. */
    @Transactional(readOnly = true)
    public List<DeliveryRecord> ofAssignment(UUID assignmentId) {
        return queue.ofAssignment(assignmentId);
    }

    /**
     * Records an attempt and publishes it through the outbox; deliveries that concern no assignment (digests) have no
     * report history to appear in, so they are recorded only.
     */
    void attempted(UUID deliveryId, UUID notificationId, String sourceEventType, UUID assignmentId, String username,
            String name, NotificationChannel channel, int attempt, String failureReason, Instant at) {
        DeliveryStatus outcome = failureReason == null ? DeliveryStatus.DELIVERED : DeliveryStatus.FAILED;
        Instant next = outcome == DeliveryStatus.FAILED && attempt < properties.maxAttempts()
                ? at.plus(properties.retryAfter(attempt))
                : null;
        queue.recordAttempt(deliveryId, attempt, outcome, failureReason, at, next);
        if (assignmentId != null) {
            events.publishEvent(new NotificationAttempted(UUID.randomUUID(), assignmentId, at, notificationId,
                    sourceEventType, username, name, channel, outcome, attempt, failureReason));
        }
    }
}
