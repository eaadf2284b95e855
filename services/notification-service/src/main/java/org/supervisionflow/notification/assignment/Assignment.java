package org.supervisionflow.notification.assignment;

import java.time.LocalDate;
import java.util.UUID;

import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.WarningLevel;

/** One department's assignment as far as the events have told: any field but the id may still be unknown (null). */
public record Assignment(UUID assignmentId, String departmentCode, String departmentName, String campaignTitle,
        String documentNumber, UUID reportId, LocalDate dueDate, ReportStage stage, boolean overdue,
        WarningLevel warningLevel) {

    /** The campaign's title, or a neutral name while its AssignmentIssued has not arrived. */
    public String campaignOrDefault() {
        return campaignTitle == null ? "督察任务" : campaignTitle;
    }

    /** The department's name, or its code while unknown. */
    public String departmentOrDefault() {
        return departmentName != null ? departmentName : departmentCode == null ? "" : departmentCode;
    }
}
