package org.supervisionflow.submission.report;

import java.util.UUID;

/** A command lacks what the report needs; sending it again cannot help, so it is not retried. */
public class IncompleteCommandException extends RuntimeException {

    public IncompleteCommandException(String commandType, UUID commandId, String missing) {
        super(commandType + " " + commandId + " lacks " + missing);
    }
}
