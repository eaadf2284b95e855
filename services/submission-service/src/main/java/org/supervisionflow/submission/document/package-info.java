/** Documents of a report: a submitted version as .docx in the official layout (公文格式). */
package org.supervisionflow.submission.document;
