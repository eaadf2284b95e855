/** submission-service: department reports (自查报告) and everything drafted, approved and submitted in them. */
package org.supervisionflow.submission;
