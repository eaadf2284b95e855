package org.supervisionflow.review.review.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.contracts.submission.SubmissionEvent;
import org.supervisionflow.platform.messaging.Inbox;
import org.supervisionflow.review.review.ReportedFigures;

/**
 * Keeps the figures of each {@link ReportSubmitted}, once, through the idempotent inbox, for the threshold rules of
 * that version's review; the other submission events are the workflow engine's.
 */
@Component
class SubmissionEventListener {

    private final Inbox inbox;
    private final ReportedFigures figures;

    SubmissionEventListener(Inbox inbox, ReportedFigures figures) {
        this.inbox = inbox;
        this.figures = figures;
    }

    @KafkaListener(topics = TopicNames.SUBMISSION_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, SubmissionEvent.class, event -> {
            if (event instanceof ReportSubmitted submitted) {
                figures.record(submitted);
            }
        });
    }
}
