/**
 * Progress statistics (issue 6, progress part): per campaign and across campaigns and years, submission and on-time
 * rates, the overdue list, each department year over year, the scores and a ranking by score, and a campaign's
 * progress as .xlsx. A reporting read model over the assignment projection, whose review results (score, grade)
 * come from review-service's and the engine's events; the reviews themselves are review-service's.
 */
package org.supervisionflow.assignment.progress;
