/** The REST API of verification: verifying a finding's answer and reading a finding's verifications. */
package org.supervisionflow.review.verification.web;
