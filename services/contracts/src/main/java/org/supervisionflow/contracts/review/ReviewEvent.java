package org.supervisionflow.contracts.review;

import org.supervisionflow.contracts.SupervisionMessage;

/** Facts about reviews, findings and verification. */
public sealed interface ReviewEvent extends SupervisionMessage permits ReviewClaimed, ReviewReleased,
        ScoreOverridden, ReviewCompleted, FindingVerified {
}
