/**
 * review-service: auditors review submitted reports, score indicators, raise findings and verify rectification.
 * In this slice it runs as a secured service on its own database; its features arrive with the lifecycle issue.
 */
package org.supervisionflow.review;
