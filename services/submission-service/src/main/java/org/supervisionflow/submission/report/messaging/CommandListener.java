package org.supervisionflow.submission.report.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.platform.messaging.Inbox;
import org.supervisionflow.platform.messaging.UnreadableMessageException;
import org.supervisionflow.submission.report.IncompleteCommandException;
import org.supervisionflow.submission.report.ReportOpening;

/**
 * Receives the workflow engine's commands through the inbox, so a redelivered command has no second effect.
 * This is the service's only listener on the commands topic: a second one in the same consumer group would
 * take half the partitions, and the shared inbox would make either skip what the other had received. When
 * another command is handled here, this becomes a switch over the sealed {@code Command}, with empty cases for
 * the commands meant for other services.
 */
@Component
class CommandListener {

    private final Inbox inbox;
    private final ReportOpening opening;

    CommandListener(Inbox inbox, ReportOpening opening) {
        this.inbox = inbox;
        this.opening = opening;
    }

    @KafkaListener(topics = TopicNames.COMMANDS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, OpenReport.class, this::open);
    }

    private void open(OpenReport command) {
        try {
            opening.open(command);
        } catch (IncompleteCommandException e) {
            // Retrying cannot complete it: straight to the dead-letter topic.
            throw new UnreadableMessageException(e.getMessage(), e);
        }
    }
}
