package org.supervisionflow.assignment.extension.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.assignment.assignment.Assignments;
import org.supervisionflow.assignment.extension.Extensions;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.contracts.submission.ExtensionRequested;
import org.supervisionflow.contracts.submission.RectificationSubmitted;
import org.supervisionflow.contracts.submission.ReportPublished;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.contracts.submission.SubmissionEvent;
import org.supervisionflow.platform.messaging.Inbox;

/**
 * Takes what this service needs from submission-service's events, each once, through the inbox: departments'
 * extension requests, the submissions that make a pending one obsolete, and annual reports' publications for the
 * assignment projection. The service's only listener on
 * the topic, so both share one consumer group and one inbox record per event.
 */
@Component
class SubmissionEventListener {

    private final Inbox inbox;
    private final Extensions extensions;
    private final Assignments assignments;

    SubmissionEventListener(Inbox inbox, Extensions extensions, Assignments assignments) {
        this.inbox = inbox;
        this.extensions = extensions;
        this.assignments = assignments;
    }

    @KafkaListener(topics = TopicNames.SUBMISSION_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, SubmissionEvent.class, this::handle);
    }

    private void handle(SubmissionEvent event) {
        switch (event) {
            case ExtensionRequested requested -> extensions.receive(requested);
            case ReportSubmitted submitted -> extensions.reportSubmitted(submitted);
            case RectificationSubmitted submitted -> extensions.rectificationSubmitted(submitted);
            case ReportPublished published -> assignments.recordPublication(published);
            default -> {
                // The other submission events are the workflow engine's concern.
            }
        }
    }
}
