/**
 * The lifecycle of one department's report, one process instance per assignment: what the rest of the service
 * asks of the workflow engine ({@link org.supervisionflow.workflows.lifecycle.ReportLifecycles}), with the engine
 * adapter, the Kafka adapters and the stage and history API in sub-packages.
 */
package org.supervisionflow.workflows.lifecycle;
