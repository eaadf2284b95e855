/**
 * Verification (核验) of the department's rectification answers: each answer the engine hands over waits for an
 * auditor, who closes the finding (销号) or sends it back with a reason.
 */
package org.supervisionflow.review.verification;
