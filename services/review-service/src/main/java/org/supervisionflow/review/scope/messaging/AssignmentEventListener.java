package org.supervisionflow.review.scope.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.contracts.assignment.AssignmentEvent;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.assignment.ExtensionGranted;
import org.supervisionflow.platform.messaging.Inbox;
import org.supervisionflow.review.finding.Findings;
import org.supervisionflow.review.scope.Scopes;

/**
 * Receives assignment events once each, through the idempotent inbox: {@link AssignmentIssued} keeps the scope
 * projection, {@link ExtensionGranted} for a finding moves its deadline. The service's only listener on the topic,
 * so that it sees every partition; other assignment events are not review-service's.
 */
@Component
class AssignmentEventListener {

    private final Inbox inbox;
    private final Scopes scopes;
    private final Findings findings;

    AssignmentEventListener(Inbox inbox, Scopes scopes, Findings findings) {
        this.inbox = inbox;
        this.scopes = scopes;
        this.findings = findings;
    }

    @KafkaListener(topics = TopicNames.ASSIGNMENT_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, AssignmentEvent.class, this::handle);
    }

    private void handle(AssignmentEvent event) {
        if (event instanceof AssignmentIssued issued) {
            scopes.record(issued);
        } else if (event instanceof ExtensionGranted granted) {
            findings.extend(granted);
        }
    }
}
