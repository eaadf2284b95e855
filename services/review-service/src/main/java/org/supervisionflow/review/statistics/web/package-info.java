/** The REST API of review statistics and the rectification ledger export. */
package org.supervisionflow.review.statistics.web;
