/**
 * Campaigns (督察任务): one issued round of work against a framework, to chosen departments with chosen indicators.
 * Drafted, then published (issuing one assignment per department) and possibly withdrawn.
 */
package org.supervisionflow.assignment.campaign;
