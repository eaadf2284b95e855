package org.supervisionflow.assignment.assignment.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.assignment.assignment.Assignments;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.platform.messaging.Inbox;

/**
 * Keeps the review result on the assignment: each {@link ReviewCompleted} once, through the idempotent inbox; the
 * other review events (claims, overrides, verifications) are not shown here and are skipped.
 */
@Component
class ReviewEventListener {

    private final Inbox inbox;
    private final Assignments assignments;

    ReviewEventListener(Inbox inbox, Assignments assignments) {
        this.inbox = inbox;
        this.assignments = assignments;
    }

    @KafkaListener(topics = TopicNames.REVIEW_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, ReviewCompleted.class, assignments::recordReview);
    }
}
