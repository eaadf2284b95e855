package org.supervisionflow.workflows.lifecycle.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.contracts.submission.DraftStarted;
import org.supervisionflow.contracts.submission.ExtensionRequested;
import org.supervisionflow.contracts.submission.RectificationApprovalRejected;
import org.supervisionflow.contracts.submission.RectificationSentForApproval;
import org.supervisionflow.contracts.submission.RectificationSubmitted;
import org.supervisionflow.contracts.submission.ReportApprovalRejected;
import org.supervisionflow.contracts.submission.ReportOpened;
import org.supervisionflow.contracts.submission.ReportPublished;
import org.supervisionflow.contracts.submission.ReportSentForApproval;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.contracts.submission.SubmissionEvent;
import org.supervisionflow.platform.messaging.Inbox;
import org.supervisionflow.workflows.lifecycle.ReportLifecycles;

/**
 * Report events move the lifecycle on. Its own listener (and so its own consumer thread), so that a message
 * retried while its lifecycle is not ready does not hold up the assignment or review events that make it ready.
 */
@Component
class SubmissionEventsListener {

    private final Inbox inbox;
    private final ReportLifecycles lifecycles;

    SubmissionEventsListener(Inbox inbox, ReportLifecycles lifecycles) {
        this.inbox = inbox;
        this.lifecycles = lifecycles;
    }

    @KafkaListener(topics = TopicNames.SUBMISSION_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, SubmissionEvent.class, event -> {
            switch (event) {
                case ReportOpened opened -> lifecycles.reportOpened(opened);
                case DraftStarted started -> lifecycles.draftStarted(started);
                case ReportSentForApproval sent -> lifecycles.sentForApproval(sent);
                case ReportApprovalRejected rejected -> lifecycles.approvalRejected(rejected);
                case ReportSubmitted submitted -> lifecycles.submitted(submitted);
                case RectificationSubmitted submitted -> lifecycles.rectificationSubmitted(submitted);
                // The department's own steps before a decision: the timeline records them, no process waits for them.
                case RectificationSentForApproval ignored -> { }
                case RectificationApprovalRejected ignored -> { }
                case ExtensionRequested ignored -> { }
                // After acceptance, outside the lifecycle (which may have closed): the timeline records it.
                case ReportPublished ignored -> { }
            }
        });
    }
}
