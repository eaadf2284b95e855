package org.supervisionflow.review.verification.web;

import org.supervisionflow.contracts.VerificationOutcome;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The auditor's conclusion on the pending answer: CLOSED (销号), or REJECTED with a reason. */
record VerifyRequest(@NotNull VerificationOutcome outcome, @Size(max = 4000) String reason) {
}
