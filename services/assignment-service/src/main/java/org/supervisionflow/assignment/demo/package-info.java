/**
 * Demo data for the local stack ({@code supervision.demo-data.enabled=true}): a framework along the eight aspects of
 * the national outline and one published annual-report campaign, created through the normal use cases.
 */
package org.supervisionflow.assignment.demo;
