/**
 * The Camunda 7 adapter of the report lifecycle: the BPMN and DMN models' names, their delegates and the
 * {@link org.supervisionflow.workflows.lifecycle.ReportLifecycles} implementation. With the operator access set-up
 * in {@code security}, the only code that imports {@code org.camunda} (ModularityTest checks it), so that moving
 * to Operaton stays a rename.
 */
package org.supervisionflow.workflows.lifecycle.engine;
