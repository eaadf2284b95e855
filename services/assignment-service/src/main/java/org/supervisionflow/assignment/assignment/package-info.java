/**
 * Assignments: one per published campaign and department, carrying the scope the department was issued, and a
 * projection of the lifecycle stage the workflow engine reports through {@code StageChanged}.
 */
package org.supervisionflow.assignment.assignment;
