package org.supervisionflow.review.scope.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.platform.messaging.Inbox;
import org.supervisionflow.review.scope.Scopes;

/** Keeps the scope projection: each {@link AssignmentIssued} once, through the idempotent inbox. */
@Component
class AssignmentEventListener {

    private final Inbox inbox;
    private final Scopes scopes;

    AssignmentEventListener(Inbox inbox, Scopes scopes) {
        this.inbox = inbox;
        this.scopes = scopes;
    }

    @KafkaListener(topics = TopicNames.ASSIGNMENT_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, AssignmentIssued.class, scopes::record);
    }
}
