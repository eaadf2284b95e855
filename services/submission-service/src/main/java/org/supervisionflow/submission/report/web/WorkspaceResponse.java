package org.supervisionflow.submission.report.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.submission.report.LeaderRejection;
import org.supervisionflow.submission.report.Modification;
import org.supervisionflow.submission.report.Report;
import org.supervisionflow.submission.report.ReportSection;
import org.supervisionflow.submission.report.ReportStatus;
import org.supervisionflow.submission.report.ReportWorkspace;
import org.supervisionflow.submission.report.ReturnNote;

import io.swagger.v3.oas.annotations.media.Schema;

/** A report with its sections, as the drafting screen and the reviewers read it. */
record WorkspaceResponse(
        UUID id,
        UUID assignmentId,
        UUID campaignId,
        String campaignTitle,
        @Schema(description = "The campaign's 文号") String campaignDocumentNumber,
        CampaignKind kind,
        String period,
        LocalDate dueDate,
        String departmentCode,
        String departmentName,
        ReportStatus status,
        @Schema(description = "Due date passed while the submission is still owed") boolean overdue,
        @Schema(description = "联系人; empty until filled in") String contactPerson,
        @Schema(description = "联系电话; empty until filled in") String contactPhone,
        @Schema(description = "The report's own 文号; empty until filled in") String documentNumber,
        Instant createdAt,
        @Schema(description = "Optimistic-locking version; changes send it back") long version,
        @Schema(description = "Overview, one section per indicator, principal duty (if asked), problems, next steps")
        List<ReportSection> sections,
        @Schema(description = "Who saved last, and when") Modification lastModified,
        @Schema(description = "The submitter who sent the draft for approval, while it awaits it") Actor sentBy,
        @Schema(description = "The leader's last rejection, until the next approval") LeaderRejection lastRejection,
        @Schema(description = "Submitted versions so far") int versions,
        @Schema(description = "Every reason the auditors gave when returning a version (退回修改), per indicator")
        List<ReturnNote> returnReasons) {

    static WorkspaceResponse of(ReportWorkspace workspace) {
        Report report = workspace.report();
        return new WorkspaceResponse(report.id(), report.assignmentId(), report.campaign().id(),
                report.campaign().title(), report.campaign().documentNumber(), report.campaign().kind(),
                report.campaign().period(), report.dueDate(), report.departmentCode(), report.departmentName(),
                report.status(), workspace.overdue(), report.contact().person(), report.contact().phone(),
                report.documentNumber(), report.createdAt(), report.version(), report.sections(), report.lastModified(),
                report.sentBy(), report.lastRejection(), report.versions(), report.returnReasons());
    }
}
