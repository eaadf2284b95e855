/** REST download of a report version's document. */
package org.supervisionflow.submission.document.web;
