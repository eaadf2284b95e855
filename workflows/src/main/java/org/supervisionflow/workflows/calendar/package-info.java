/** The Chinese working-day calendar (法定节假日 and 调休) every deadline is counted in, kept as data per year. */
package org.supervisionflow.workflows.calendar;
