package org.supervisionflow.submission.publication;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The leader's publication: the explicit secrecy-review confirmation with the reviewer's statement. */
public record PublishRequest(
        @Schema(description = "保密审查已完成并确认可公开 / the secrecy review was done and the report may be made public; "
                + "must be true") @NotNull @AssertTrue Boolean secrecyReviewConfirmed,
        @Schema(description = "保密审查意见 / the reviewer's statement, e.g. 经审查，报告不涉及国家秘密和工作秘密")
        @NotBlank @Size(max = 2000) String secrecyReviewStatement) {
}
