/**
 * The history for auditors: every lifecycle fact and command of an assignment, once, with who, when and what, in a
 * SHA-256 hash chain that shows whether the stored history was altered.
 */
package org.supervisionflow.workflows.timeline;
