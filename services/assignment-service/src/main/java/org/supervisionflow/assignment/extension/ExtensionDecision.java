package org.supervisionflow.assignment.extension;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The office's answer to an extension request. */
public final class ExtensionDecision {

    private ExtensionDecision() {
    }

    /** Granting: the date the department asked for, or another one the office sets, and an optional comment. */
    public record Approval(
            @Schema(description = "批准延至的日期；不填则按申请日期 / the new date; the one asked for when absent") LocalDate dueDate,
            @Schema(description = "审批意见 / comment") @Size(max = 2000) String comment) {
    }

    /** Denying, always with a reason the department reads. */
    public record Denial(@Schema(description = "不予延期的理由 / why not") @NotBlank @Size(max = 2000) String reason) {
    }
}
