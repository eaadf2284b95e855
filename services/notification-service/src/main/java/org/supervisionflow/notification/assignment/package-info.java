/** What the events told us about each assignment: department, campaign, report, due date, stage, overdue and warning. */
package org.supervisionflow.notification.assignment;
