package org.supervisionflow.workflows.timeline.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.platform.messaging.CloudEventMapper;
import org.supervisionflow.workflows.timeline.Timelines;

/**
 * Feeds every lifecycle message into the timeline. Its own consumer group, so it sees every message beside the
 * lifecycle's listeners, and one listener (one consumer) per topic, so a slow topic holds up no other.
 *
 * <p>Idempotency is the timeline's own: an entry is keyed by its message id and written under the lock of its chain's
 * head in one transaction, so the entry itself is the receipt and an inbox row would only repeat it.
 */
@Component
class TimelineListener {

    static final String GROUP = "workflows-timeline";

    private final CloudEventMapper mapper;
    private final Timelines timelines;

    TimelineListener(CloudEventMapper mapper, Timelines timelines) {
        this.mapper = mapper;
        this.timelines = timelines;
    }

    @KafkaListener(id = GROUP + "-assignment", groupId = GROUP, topics = TopicNames.ASSIGNMENT_EVENTS)
    void onAssignmentEvent(ConsumerRecord<String, byte[]> record) {
        record(record);
    }

    @KafkaListener(id = GROUP + "-submission", groupId = GROUP, topics = TopicNames.SUBMISSION_EVENTS)
    void onSubmissionEvent(ConsumerRecord<String, byte[]> record) {
        record(record);
    }

    @KafkaListener(id = GROUP + "-review", groupId = GROUP, topics = TopicNames.REVIEW_EVENTS)
    void onReviewEvent(ConsumerRecord<String, byte[]> record) {
        record(record);
    }

    @KafkaListener(id = GROUP + "-workflow", groupId = GROUP, topics = TopicNames.WORKFLOW_EVENTS)
    void onWorkflowEvent(ConsumerRecord<String, byte[]> record) {
        record(record);
    }

    @KafkaListener(id = GROUP + "-commands", groupId = GROUP, topics = TopicNames.COMMANDS)
    void onCommand(ConsumerRecord<String, byte[]> record) {
        record(record);
    }

    private void record(ConsumerRecord<String, byte[]> record) {
        // Types this build does not know read as empty and are skipped, like the inbox skips them.
        mapper.read(record).ifPresent(timelines::record);
    }
}
