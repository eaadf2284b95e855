package org.supervisionflow.contracts;

/** Topic names as compile-time constants, for {@code @KafkaListener(topics = …)}. */
public final class TopicNames {

    public static final String ASSIGNMENT_EVENTS = "supervision.assignment.events";
    public static final String SUBMISSION_EVENTS = "supervision.submission.events";
    public static final String REVIEW_EVENTS = "supervision.review.events";
    public static final String WORKFLOW_EVENTS = "supervision.workflow.events";
    public static final String NOTIFICATION_EVENTS = "supervision.notification.events";
    public static final String COMMANDS = "supervision.commands";

    private TopicNames() {
    }
}
