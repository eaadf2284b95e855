package org.supervisionflow.assignment.extension.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.assignment.extension.Extensions;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.contracts.submission.ExtensionRequested;
import org.supervisionflow.platform.messaging.Inbox;

/** Takes departments' extension requests from submission-service's events, each once, through the inbox. */
@Component
class SubmissionEventListener {

    private final Inbox inbox;
    private final Extensions extensions;

    SubmissionEventListener(Inbox inbox, Extensions extensions) {
        this.inbox = inbox;
        this.extensions = extensions;
    }

    @KafkaListener(topics = TopicNames.SUBMISSION_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, ExtensionRequested.class, extensions::receive);
    }
}
