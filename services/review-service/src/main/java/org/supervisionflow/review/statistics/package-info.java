/**
 * Statistics of reviews for the office, per campaign and across campaigns and years: the departments' score ranking,
 * the grade distribution, findings by aspect and severity, and how rectification closes; and the rectification
 * ledger (整改台账) as a workbook. A read model over the reviews and findings this service keeps.
 */
package org.supervisionflow.review.statistics;
