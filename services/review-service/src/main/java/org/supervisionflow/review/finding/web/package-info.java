/** The REST API of findings: the list per assignment and one finding, limited to what the caller may see. */
package org.supervisionflow.review.finding.web;
