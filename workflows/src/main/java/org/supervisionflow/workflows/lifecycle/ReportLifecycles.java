package org.supervisionflow.workflows.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.assignment.AssignmentWithdrawn;
import org.supervisionflow.contracts.review.FindingVerified;
import org.supervisionflow.contracts.review.ReviewClaimed;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.contracts.review.ReviewReleased;
import org.supervisionflow.contracts.submission.DraftStarted;
import org.supervisionflow.contracts.submission.RectificationSubmitted;
import org.supervisionflow.contracts.submission.ReportApprovalRejected;
import org.supervisionflow.contracts.submission.ReportOpened;
import org.supervisionflow.contracts.submission.ReportSentForApproval;
import org.supervisionflow.contracts.submission.ReportSubmitted;

/**
 * The report lifecycles as the service sees them, whatever engine runs them: the Kafka adapters feed them
 * facts, the API reads them. Only the engine adapter knows it is Camunda.
 *
 * <p>Every fact that moves a lifecycle on follows one rule: a lifecycle (or one of its rectifications) waiting for
 * it takes it; when none exists yet, or the lifecycle is still busy with the steps before it waits for it, it throws
 * {@link NoWaitingLifecycleException} so that the caller's back-off delivers it again; when the lifecycle has ended,
 * or rests elsewhere and would not take it without another fact first (a late or duplicate message), it is logged
 * and skipped.
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

    /** The department saved its first draft (of the first version or of a returned one): drafting begins. */
    void draftStarted(DraftStarted started);

    /** The submitter sent the draft to the department's leader. */
    void sentForApproval(ReportSentForApproval sent);

    /** The leader sent the draft back to drafting. */
    void approvalRejected(ReportApprovalRejected rejected);

    /** The leader approved: the version goes to review. */
    void submitted(ReportSubmitted submitted);

    /** An auditor started reviewing the submitted version. */
    void reviewClaimed(ReviewClaimed claimed);

    /** The auditor gave the review back (or the office freed it): it waits for an auditor again. */
    void reviewReleased(ReviewReleased released);

    /** An auditor decided: return, accept, or accept with findings. */
    void reviewCompleted(ReviewCompleted completed);

    /** The department's leader approved an answer to one finding; goes to that finding's rectification. */
    void rectificationSubmitted(RectificationSubmitted submitted);

    /** An auditor closed a finding or sent its answer back; goes to that finding's rectification. */
    void findingVerified(FindingVerified verified);

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

    /**
     * The steps the assignment's lifecycle went through, with those of its rectifications and deadline watches,
     * oldest first, under the same visibility rule.
     */
    Optional<List<LifecycleStep>> history(UUID assignmentId, Optional<String> departmentScope);

    /** The lifecycle's process diagrams and where each of its instances stands, under the same visibility rule. */
    Optional<LifecycleDiagram> diagram(UUID assignmentId, Optional<String> departmentScope);

    /**
     * A granted extension or a moved due date: the watch of the report's due date ({@code findingId} null) or of
     * that finding's rectification deadline starts over from {@code newDueDate}, and a watch started later starts from
     * it too. Skipped when there is no lifecycle (it would have started from the earlier AssignmentIssued of the same
     * topic and key) or it has ended.
     *
     * @throws NoWaitingLifecycleException when the lifecycle is still busy, so the caller retries
     */
    void deadlineMoved(UUID assignmentId, UUID findingId, LocalDate newDueDate, UUID messageId);
}
