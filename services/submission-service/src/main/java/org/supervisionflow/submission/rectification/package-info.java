/**
 * Rectification (整改): one per finding the auditors raised, opened by the workflow engine with the notice;
 * the department answers with measures, its leader approves each answer into an immutable version.
 */
package org.supervisionflow.submission.rectification;
