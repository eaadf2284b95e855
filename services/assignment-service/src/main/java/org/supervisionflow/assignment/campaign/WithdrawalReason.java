package org.supervisionflow.assignment.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the office withdraws a published campaign; the departments are told. */
public record WithdrawalReason(@NotBlank @Size(max = 500) String reason) {
}
