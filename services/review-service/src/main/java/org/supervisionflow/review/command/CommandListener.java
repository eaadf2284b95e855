package org.supervisionflow.review.command;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.contracts.command.CloseReport;
import org.supervisionflow.contracts.command.Command;
import org.supervisionflow.contracts.command.OpenRectification;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.contracts.command.OpenReview;
import org.supervisionflow.contracts.command.OpenVerification;
import org.supervisionflow.contracts.command.ReopenRectification;
import org.supervisionflow.contracts.command.ReopenReport;
import org.supervisionflow.platform.messaging.Inbox;
import org.supervisionflow.review.review.ReviewQueue;
import org.supervisionflow.review.verification.Verifications;

/**
 * Receives the workflow engine's commands through the inbox, so a redelivered command has no second effect. The
 * service's only listener on the commands topic (a second one in the same consumer group would take half the
 * partitions); commands meant for other services are received and ignored. A command whose assignment is not known
 * yet throws, so it is retried with back-off rather than dropped.
 */
@Component
class CommandListener {

    private final Inbox inbox;
    private final ReviewQueue reviews;
    private final Verifications verifications;

    CommandListener(Inbox inbox, ReviewQueue reviews, Verifications verifications) {
        this.inbox = inbox;
        this.reviews = reviews;
        this.verifications = verifications;
    }

    @KafkaListener(topics = TopicNames.COMMANDS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, Command.class, this::handle);
    }

    private void handle(Command command) {
        switch (command) {
            case OpenReview open -> reviews.open(open);
            case OpenVerification open -> verifications.open(open);
            case OpenReport ignored -> {
                // submission-service's
            }
            case ReopenReport ignored -> {
                // submission-service's
            }
            case CloseReport close -> reviews.close(close);
            case OpenRectification ignored -> {
                // submission-service's
            }
            case ReopenRectification ignored -> {
                // submission-service's
            }
        }
    }
}
