/** The REST API of evidence: upload to a section or a finding's answer, list and download per report. */
package org.supervisionflow.submission.evidence.web;
