/**
 * Reports (自查报告 / 年度报告): the workspace an assignment opens for its department, with a section per
 * assigned indicator and the general sections, and the read side every role uses.
 */
package org.supervisionflow.submission.report;
