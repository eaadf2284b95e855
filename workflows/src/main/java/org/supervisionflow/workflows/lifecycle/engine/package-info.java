/**
 * The Camunda 7 adapter of the report lifecycle: the BPMN's names, its delegates and the
 * {@link org.supervisionflow.workflows.lifecycle.ReportLifecycles} implementation. The only package that
 * imports {@code org.camunda}, so that moving to Operaton stays a rename.
 */
package org.supervisionflow.workflows.lifecycle.engine;
