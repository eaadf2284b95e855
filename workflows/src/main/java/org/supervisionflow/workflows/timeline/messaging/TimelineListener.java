package org.supervisionflow.workflows.timeline.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.SupervisionMessage;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.platform.messaging.Inbox;
import org.supervisionflow.workflows.timeline.Timelines;

/**
 * Feeds every lifecycle message into the timeline. Its own consumer group, so it sees every message beside the
 * lifecycle's listeners, and one listener (one consumer) per topic, so a slow topic holds up no other.
 *
 * <p>Idempotency is the platform {@link Inbox}'s, under the consumer name {@value #CONSUMER}: the lifecycle's
 * listeners receive the same messages under their own name, so each side sees every message once.
 */
@Component
class TimelineListener {

    static final String GROUP = "workflows-timeline";
    static final String CONSUMER = "timeline";

    private final Inbox inbox;
    private final Timelines timelines;

    TimelineListener(Inbox inbox, Timelines timelines) {
        this.inbox = inbox;
        this.timelines = timelines;
    }

    /** Every topic in one container: each message becomes an entry the same way, whatever it is. */
    @KafkaListener(id = GROUP, groupId = GROUP, topics = {TopicNames.ASSIGNMENT_EVENTS, TopicNames.SUBMISSION_EVENTS,
            TopicNames.REVIEW_EVENTS, TopicNames.WORKFLOW_EVENTS, TopicNames.NOTIFICATION_EVENTS, TopicNames.COMMANDS})
    void onMessage(ConsumerRecord<String, byte[]> record) {
        // Types this build does not know are skipped by the inbox.
        inbox.receive(record, CONSUMER, SupervisionMessage.class, timelines::record);
    }
}
