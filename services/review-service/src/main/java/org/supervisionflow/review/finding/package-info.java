/**
 * Findings (问题) a review raises, each issued as a numbered rectification notice (整改通知书), and their status
 * as the department answers them and auditors verify the answers.
 */
package org.supervisionflow.review.finding;
