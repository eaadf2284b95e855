/**
 * Progress statistics (issue 6, progress part): per campaign and across campaigns and years, submission and on-time
 * rates, the overdue list, each department year over year, and a campaign's progress as .xlsx. A reporting read
 * model over the assignment projection; scores, grades and findings are review-service's.
 */
package org.supervisionflow.assignment.progress;
