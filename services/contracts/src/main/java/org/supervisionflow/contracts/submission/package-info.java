/** Events of submission-service on {@code supervision.submission.events}. */
package org.supervisionflow.contracts.submission;
