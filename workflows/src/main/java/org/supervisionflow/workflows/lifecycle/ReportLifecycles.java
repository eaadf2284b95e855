package org.supervisionflow.workflows.lifecycle;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.assignment.AssignmentWithdrawn;
import org.supervisionflow.contracts.submission.ReportOpened;

/**
 * The report lifecycles as the service sees them, whatever engine runs them: the Kafka adapters feed them
 * facts, the API reads them. Only the engine adapter knows it is Camunda.
 */
public interface ReportLifecycles {

    /**
     * Starts the lifecycle of an issued assignment, unless one was already started for it (a duplicate or
     * redelivered event).
     *
     * @return whether a lifecycle was started
     */
    boolean start(AssignmentIssued issued);

    /**
     * Tells the assignment's lifecycle that its report workspace is open.
     *
     * @throws NoWaitingLifecycleException when no lifecycle waits for it yet, so the caller retries
     */
    void reportOpened(ReportOpened opened);

    /**
     * Ends the assignment's lifecycle because the office withdrew the campaign.
     *
     * @throws NoWaitingLifecycleException when the lifecycle has not started yet, so the caller retries
     */
    void withdraw(AssignmentWithdrawn withdrawn);

    /**
     * The assignment's lifecycle, if it exists and belongs to the department scope (empty scope: any
     * department), so that another department's lifecycle looks exactly like a missing one.
     */
    Optional<LifecycleStatus> status(UUID assignmentId, Optional<String> departmentScope);

    /** The steps the assignment's lifecycle went through, oldest first, under the same visibility rule. */
    Optional<List<LifecycleStep>> history(UUID assignmentId, Optional<String> departmentScope);
}
