/** The REST API of scoring rules: the office-admin publishes a campaign's rules as a new version; office roles read them. */
package org.supervisionflow.review.scoring.web;
