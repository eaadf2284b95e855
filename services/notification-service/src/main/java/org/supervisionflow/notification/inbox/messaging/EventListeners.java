package org.supervisionflow.notification.inbox.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.contracts.assignment.AssignmentEvent;
import org.supervisionflow.contracts.review.ReviewEvent;
import org.supervisionflow.contracts.submission.SubmissionEvent;
import org.supervisionflow.contracts.workflow.WorkflowEvent;
import org.supervisionflow.notification.inbox.Notifications;
import org.supervisionflow.platform.messaging.Inbox;

/** Every event of the four event topics, each once through the idempotent inbox, to the notifications. */
@Component
class EventListeners {

    private final Inbox inbox;
    private final Notifications notifications;

    EventListeners(Inbox inbox, Notifications notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
    }

    @KafkaListener(topics = TopicNames.ASSIGNMENT_EVENTS)
    void onAssignmentEvent(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, AssignmentEvent.class, notifications::notifyAbout);
    }

    @KafkaListener(topics = TopicNames.SUBMISSION_EVENTS)
    void onSubmissionEvent(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, SubmissionEvent.class, notifications::notifyAbout);
    }

    @KafkaListener(topics = TopicNames.REVIEW_EVENTS)
    void onReviewEvent(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, ReviewEvent.class, notifications::notifyAbout);
    }

    @KafkaListener(topics = TopicNames.WORKFLOW_EVENTS)
    void onWorkflowEvent(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, WorkflowEvent.class, notifications::notifyAbout);
    }
}
