package org.supervisionflow.assignment.assignment.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.assignment.assignment.Assignments;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.contracts.workflow.WorkflowEvent;
import org.supervisionflow.platform.messaging.Inbox;

/** Keeps the stage and deadline projection: each workflow event once, through the idempotent inbox. */
@Component
class WorkflowEventListener {

    private final Inbox inbox;
    private final Assignments assignments;

    WorkflowEventListener(Inbox inbox, Assignments assignments) {
        this.inbox = inbox;
        this.assignments = assignments;
    }

    @KafkaListener(topics = TopicNames.WORKFLOW_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, WorkflowEvent.class, assignments::recordWorkflowEvent);
    }
}
