package org.supervisionflow.contracts;

import java.util.Arrays;
import java.util.Optional;

import org.supervisionflow.contracts.assignment.AssignmentEvent;
import org.supervisionflow.contracts.command.Command;
import org.supervisionflow.contracts.notification.NotificationEvent;
import org.supervisionflow.contracts.review.ReviewEvent;
import org.supervisionflow.contracts.submission.SubmissionEvent;
import org.supervisionflow.contracts.workflow.WorkflowEvent;

/**
 * The Kafka topics, each carrying the messages of one sealed interface. Dead letters go to
 * {@code <topic>.DLT}.
 */
public enum Topic {

    ASSIGNMENT_EVENTS(TopicNames.ASSIGNMENT_EVENTS, "assignment", AssignmentEvent.class),
    SUBMISSION_EVENTS(TopicNames.SUBMISSION_EVENTS, "submission", SubmissionEvent.class),
    REVIEW_EVENTS(TopicNames.REVIEW_EVENTS, "review", ReviewEvent.class),
    WORKFLOW_EVENTS(TopicNames.WORKFLOW_EVENTS, "workflow", WorkflowEvent.class),
    NOTIFICATION_EVENTS(TopicNames.NOTIFICATION_EVENTS, "notification", NotificationEvent.class),
    COMMANDS(TopicNames.COMMANDS, "command", Command.class);

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private final String topicName;
    private final String typePrefix;
    private final Class<? extends SupervisionMessage> messageType;

    Topic(String topicName, String typePrefix, Class<? extends SupervisionMessage> messageType) {
        this.topicName = topicName;
        this.typePrefix = typePrefix;
        this.messageType = messageType;
    }

    public String topicName() {
        return topicName;
    }

    public String deadLetterTopicName() {
        return topicName + DEAD_LETTER_SUFFIX;
    }

    /** The sealed interface whose records travel on this topic. */
    public Class<? extends SupervisionMessage> messageType() {
        return messageType;
    }

    String typePrefix() {
        return typePrefix;
    }

    public static Optional<Topic> carrying(Class<?> messageClass) {
        return Arrays.stream(values()).filter(topic -> topic.messageType.isAssignableFrom(messageClass)).findFirst();
    }
}
