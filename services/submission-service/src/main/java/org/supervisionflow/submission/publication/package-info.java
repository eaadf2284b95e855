/**
 * Publication of annual reports (年度报告向社会公开): the accepted version, the department leader's secrecy review
 * (保密审查) and the public read-only page.
 */
package org.supervisionflow.submission.publication;
