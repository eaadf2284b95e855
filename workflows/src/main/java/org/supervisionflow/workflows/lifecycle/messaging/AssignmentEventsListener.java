package org.supervisionflow.workflows.lifecycle.messaging;

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
import org.supervisionflow.workflows.lifecycle.ReportLifecycles;

/**
 * An issued assignment starts its lifecycle, a withdrawn one ends it, a granted extension or a moved due date
 * restarts the deadline's timers. A withdrawal that finds no lifecycle yet throws, and the platform's back-off
 * delivers it again.
 */
@Component
class AssignmentEventsListener {

    private final Inbox inbox;
    private final ReportLifecycles lifecycles;

    AssignmentEventsListener(Inbox inbox, ReportLifecycles lifecycles) {
        this.inbox = inbox;
        this.lifecycles = lifecycles;
    }

    @KafkaListener(topics = TopicNames.ASSIGNMENT_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, AssignmentEvent.class, event -> {
            switch (event) {
                case AssignmentIssued issued -> lifecycles.start(issued);
                case AssignmentWithdrawn withdrawn -> lifecycles.withdraw(withdrawn);
                case ExtensionGranted granted -> lifecycles.deadlineMoved(granted.assignmentId(), granted.findingId(),
                        granted.newDueDate(), granted.id());
                case DueDateMoved moved -> lifecycles.deadlineMoved(moved.assignmentId(), null, moved.newDueDate(),
                        moved.id());
                // The deadline stays: nothing to restart.
                case ExtensionDenied ignored -> { }
            }
        });
    }
}
