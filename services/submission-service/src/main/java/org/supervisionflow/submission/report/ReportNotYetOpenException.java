package org.supervisionflow.submission.report;

import java.util.UUID;

/** A command concerns a report that is not open yet; the listener retries it, as the report may still come. */
public class ReportNotYetOpenException extends RuntimeException {

    public ReportNotYetOpenException(String commandType, UUID commandId, UUID assignmentId) {
        super(commandType + " " + commandId + ": assignment " + assignmentId + " has no report yet");
    }
}
