/** The REST API of rectifications: {@code /api/reports/{id}/rectifications/**}. */
package org.supervisionflow.submission.rectification.web;
