package org.supervisionflow.review.review.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.contracts.workflow.ReportGraded;
import org.supervisionflow.platform.messaging.Inbox;
import org.supervisionflow.review.review.ReviewQueue;

/** Shows each {@link ReportGraded} on its review, once, through the idempotent inbox; other workflow events are skipped. */
@Component
class WorkflowEventListener {

    private final Inbox inbox;
    private final ReviewQueue reviews;

    WorkflowEventListener(Inbox inbox, ReviewQueue reviews) {
        this.inbox = inbox;
        this.reviews = reviews;
    }

    @KafkaListener(topics = TopicNames.WORKFLOW_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, ReportGraded.class, reviews::grade);
    }
}
