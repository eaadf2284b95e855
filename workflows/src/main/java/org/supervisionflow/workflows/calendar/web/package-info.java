/** The calendar API: read a year, and the office's replacement of one. */
package org.supervisionflow.workflows.calendar.web;
