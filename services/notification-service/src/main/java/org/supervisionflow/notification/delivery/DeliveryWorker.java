package org.supervisionflow.notification.delivery;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works off the delivery queue: each due delivery in its own transaction that holds its row, so two instances never
 * send the same one, and the attempt's record commits with the outcome. A failure schedules the next attempt with
 * back-off until the last one.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int MAX_REASON_LENGTH = 500;

    private final DeliveryQueue queue;
    private final Deliveries deliveries;
    private final Mailer mailer;
    private final SmsGateway sms;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeliveryWorker(DeliveryQueue queue, Deliveries deliveries, Mailer mailer, SmsGateway sms,
            TransactionTemplate transactions, Clock clock) {
        this.queue = queue;
        this.deliveries = deliveries;
        this.mailer = mailer;
        this.sms = sms;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${supervision.notification.delivery.poll-every:PT2S}")
    void deliverDue() {
        while (Boolean.TRUE.equals(transactions.execute(status -> deliverNext()))) {
            // Keep going while deliveries are due; each went out in its own transaction.
        }
    }

    private boolean deliverNext() {
        Instant now = clock.instant();
        return queue.claimNext(now).map(pending -> {
            String failure = null;
            try {
                switch (pending.channel()) {
                    case EMAIL -> mailer.send(pending.address(), pending.subject(), pending.content());
                    case SMS -> sms.send(pending.address(), pending.content());
                    case IN_APP -> throw new IllegalStateException("In-app deliveries are never queued");
                }
            } catch (RuntimeException e) {
                failure = reason(e);
                log.warn("Attempt {} to deliver {} by {} to {} failed: {}", pending.attempts() + 1, pending.id(),
                        pending.channel(), pending.recipientUsername(), failure);
            }
            deliveries.attempted(pending.id(), pending.notificationId(), pending.sourceEventType(),
                    pending.assignmentId(), pending.recipientUsername(), pending.recipientName(), pending.channel(),
                    pending.attempts() + 1, failure, clock.instant());
            return true;
        }).orElse(false);
    }

    private static String reason(RuntimeException e) {
        String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        return reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
    }
}
