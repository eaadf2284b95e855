/**
 * Documents to print and file: the review opinion (审核意见书) and the rectification notice (整改通知书) as PDF, with a
 * CJK font embedded so that they read the same on any machine.
 */
package org.supervisionflow.review.document;
