/**
 * Printable documents shared by the services: A4 PDF pages laid out in one embedded CJK font ({@link
 * org.supervisionflow.documents.PdfPages}, {@link org.supervisionflow.documents.CjkFont}).
 */
package org.supervisionflow.documents;
