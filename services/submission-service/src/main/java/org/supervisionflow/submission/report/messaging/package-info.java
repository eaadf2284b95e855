/** Kafka adapters of reports: the commands the workflow engine sends to submission-service. */
package org.supervisionflow.submission.report.messaging;
