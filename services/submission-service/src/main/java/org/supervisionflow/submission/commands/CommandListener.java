package org.supervisionflow.submission.commands;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.ReportStage;
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
import org.supervisionflow.platform.messaging.UnreadableMessageException;
import org.supervisionflow.submission.extension.Extensions;
import org.supervisionflow.submission.publication.Publishing;
import org.supervisionflow.submission.rectification.RectificationCommands;
import org.supervisionflow.submission.report.IncompleteCommandException;
import org.supervisionflow.submission.report.ReportLifecycle;
import org.supervisionflow.submission.report.ReportOpening;

/**
 * Receives the workflow engine's commands through the inbox, so a redelivered command has no second effect.
 * This is the service's only listener on the commands topic: a second one in the same consumer group would
 * take half the partitions, and the shared inbox would make either skip what the other had received. The
 * switch is over the sealed {@link Command}, so a new command cannot be forgotten; those for review-service
 * are ignored here. A command about a report or finding not here yet throws and is retried with back-off (the
 * opening command may still be on its way), then dead-lettered.
 */
@Component
class CommandListener {

    private final Inbox inbox;
    private final ReportOpening opening;
    private final ReportLifecycle lifecycle;
    private final RectificationCommands rectifications;
    private final Publishing publishing;
    private final Extensions extensions;

    CommandListener(Inbox inbox, ReportOpening opening, ReportLifecycle lifecycle,
            RectificationCommands rectifications, Publishing publishing, Extensions extensions) {
        this.inbox = inbox;
        this.opening = opening;
        this.lifecycle = lifecycle;
        this.rectifications = rectifications;
        this.publishing = publishing;
        this.extensions = extensions;
    }

    @KafkaListener(topics = TopicNames.COMMANDS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, Command.class, this::handle);
    }

    private void handle(Command command) {
        try {
            switch (command) {
                case OpenReport open -> opening.open(open);
                case ReopenReport reopen -> lifecycle.reopen(reopen);
                case CloseReport close -> {
                    // CLOSED ends a lifecycle whose report was accepted; WITHDRAWN accepts nothing.
                    if (close.finalStage() == ReportStage.CLOSED) {
                        publishing.accepted(close.assignmentId(), close.id());
                    }
                    lifecycle.close(close);
                    rectifications.closeAll(close);
                    extensions.reportClosed(close);
                }
                case OpenRectification open -> {
                    rectifications.open(open);
                    // Rectifications are opened only for a report the office accepted with findings.
                    publishing.accepted(open.assignmentId(), open.id());
                }
                case ReopenRectification reopen -> rectifications.reopen(reopen);
                case OpenReview review -> {
                    // review-service's command.
                }
                case OpenVerification verification -> {
                    // review-service's command.
                }
            }
        } catch (IncompleteCommandException e) {
            // Retrying cannot complete it: straight to the dead-letter topic.
            throw new UnreadableMessageException(e.getMessage(), e);
        }
    }
}
