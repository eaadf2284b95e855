/** The REST API of reports: {@code /api/reports/**}. */
package org.supervisionflow.submission.report.web;
