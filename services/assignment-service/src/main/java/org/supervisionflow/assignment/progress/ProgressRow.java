package org.supervisionflow.assignment.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.assignment.assignment.ReportScore;
import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.WarningLevel;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One department's assignment in a campaign, as progress statistics count it. {@code onTime} is true when the report
 * was first submitted by the end of its due date (offices' calendar day), false when it was submitted later or is
 * still owed after it, and null while it is owed and not yet due. {@code overdue} is the engine's mark, or owed past
 * the due date. For annual reports, {@code publicationDueDate} is the campaign's date to be public by,
 * {@code publishedOn} the day the department published, and {@code publishedOnTime} says whether that was by the
 * publication due date (false when published later or still unpublished after it, null while it is not due yet);
 * all three are null for other kinds of campaign. The review result (reviewed version, decision, score out of max
 * score, percentage, veto, grade) is the projection of review-service's and the engine's events, see
 * {@link ReportScore}.
 */
public record ProgressRow(
        UUID campaignId,
        String campaignTitle,
        int year,
        UUID assignmentId,
        String departmentCode,
        String departmentName,
        ReportStage stage,
        LocalDate dueDate,
        Instant submittedAt,
        Boolean onTime,
        boolean overdue,
        WarningLevel warningLevel,
        EscalationTarget escalatedTo,
        LocalDate publicationDueDate,
        LocalDate publishedOn,
        Boolean publishedOnTime,
        @JsonUnwrapped ReportScore result) {
}
