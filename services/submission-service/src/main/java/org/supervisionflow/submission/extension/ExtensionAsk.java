package org.supervisionflow.submission.extension;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a department asks for: a new date, why, and (for a rectification deadline) which finding. */
public record ExtensionAsk(
        @Schema(description = "整改问题：为该问题的整改期限申请延期；不填则为报告报送截止日期 / the finding whose rectification "
                + "deadline to extend; none for the report's due date") UUID findingId,
        @Schema(description = "申请延至 / the date asked for, after the current one") @NotNull LocalDate requestedDueDate,
        @Schema(description = "延期理由 / why more time is needed") @NotBlank @Size(max = 2000) String reason) {
}
