/**
 * Extension requests (延期申请) as the office decides them: received from submission-service, granted (moving the
 * report's due date, or telling review-service a finding's new deadline) or denied, each decision an event.
 */
package org.supervisionflow.assignment.extension;
