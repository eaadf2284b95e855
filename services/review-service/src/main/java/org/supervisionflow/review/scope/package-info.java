/**
 * What each assignment asked of its department (campaign, department, indicators with their points), kept as a
 * projection of {@code AssignmentIssued} so that reviews know what to score and up to how many points.
 */
package org.supervisionflow.review.scope;
