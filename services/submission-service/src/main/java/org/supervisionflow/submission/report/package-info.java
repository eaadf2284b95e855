/**
 * Reports (自查报告 / 年度报告): the workspace an assignment opens for its department (a section per assigned
 * indicator and the general sections), drafting with optimistic locking, the leader's approval into immutable
 * versions, the engine's reopen and close, co-units' contributions, and the read side every role uses.
 */
package org.supervisionflow.submission.report;
