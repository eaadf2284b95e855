/** The timeline API: an assignment's history for auditors, checked against its hash chain. */
package org.supervisionflow.workflows.timeline.web;
