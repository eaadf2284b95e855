package org.supervisionflow.workflows.lifecycle.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.contracts.review.FindingVerified;
import org.supervisionflow.contracts.review.ReviewClaimed;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.contracts.review.ReviewEvent;
import org.supervisionflow.contracts.review.ReviewReleased;
import org.supervisionflow.contracts.review.ScoreOverridden;
import org.supervisionflow.platform.messaging.Inbox;
import org.supervisionflow.workflows.lifecycle.ReportLifecycles;

/**
 * Review events move the lifecycle and its rectifications on: a claimed or released review, the auditor's decision,
 * the verification of a rectification answer. Its own listener, for the same reason as the submission events'.
 */
@Component
class ReviewEventsListener {

    private final Inbox inbox;
    private final ReportLifecycles lifecycles;

    ReviewEventsListener(Inbox inbox, ReportLifecycles lifecycles) {
        this.inbox = inbox;
        this.lifecycles = lifecycles;
    }

    @KafkaListener(topics = TopicNames.REVIEW_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, ReviewEvent.class, event -> {
            switch (event) {
                case ReviewClaimed claimed -> lifecycles.reviewClaimed(claimed);
                case ReviewCompleted completed -> lifecycles.reviewCompleted(completed);
                case ReviewReleased released -> lifecycles.reviewReleased(released);
                case FindingVerified verified -> lifecycles.findingVerified(verified);
                // A step inside a review: the timeline records it; the lifecycle waits for the decision.
                case ScoreOverridden ignored -> { }
            }
        });
    }
}
