/** The REST API that serves the review opinion and the rectification notice as PDF. */
package org.supervisionflow.review.document.web;
