/**
 * Evidence attachments (佐证材料) of report sections and rectification answers: streamed in and out, type
 * detected from the bytes, SHA-256 recorded, kept for good.
 */
package org.supervisionflow.submission.evidence;
