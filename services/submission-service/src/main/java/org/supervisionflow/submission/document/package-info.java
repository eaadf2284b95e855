/**
 * Documents of a report: a submitted version in the official layout (公文格式) as .docx and as PDF, both written from
 * one {@code ReportDocumentContent}.
 */
package org.supervisionflow.submission.document;
