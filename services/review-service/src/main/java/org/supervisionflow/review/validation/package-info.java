/** Business-rule violations of a request, answered as one 422 problem listing every offending field in both languages. */
package org.supervisionflow.review.validation;
