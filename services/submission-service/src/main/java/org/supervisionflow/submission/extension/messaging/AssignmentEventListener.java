package org.supervisionflow.submission.extension.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.contracts.assignment.AssignmentEvent;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.assignment.AssignmentWithdrawn;
import org.supervisionflow.contracts.assignment.DueDateMoved;
import org.supervisionflow.contracts.assignment.ExtensionDenied;
import org.supervisionflow.contracts.assignment.ExtensionGranted;
import org.supervisionflow.platform.messaging.Inbox;
import org.supervisionflow.submission.extension.Extensions;

/**
 * Receives the office's decisions on extension requests and its due-date moves through the inbox, so a redelivered
 * event has no second effect. Issuing and withdrawing reach this service as the engine's commands instead.
 */
@Component
class AssignmentEventListener {

    private final Inbox inbox;
    private final Extensions extensions;

    AssignmentEventListener(Inbox inbox, Extensions extensions) {
        this.inbox = inbox;
        this.extensions = extensions;
    }

    @KafkaListener(topics = TopicNames.ASSIGNMENT_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, AssignmentEvent.class, this::handle);
    }

    private void handle(AssignmentEvent event) {
        switch (event) {
            case ExtensionGranted granted -> extensions.granted(granted);
            case ExtensionDenied denied -> extensions.denied(denied);
            case DueDateMoved moved -> extensions.dueDateMoved(moved);
            case AssignmentIssued issued -> {
                // The engine opens the report with OpenReport.
            }
            case AssignmentWithdrawn withdrawn -> {
                // The engine closes the report with CloseReport.
            }
        }
    }
}
