/** REST API of a report's extension requests. */
package org.supervisionflow.submission.extension.web;
