/**
 * notification-service: who is told what about supervision work — in-app inbox, live push, email and SMS by preference,
 * with retries, a record of every attempt and a daily digest for leaders. Features: {@code inbox}, {@code delivery},
 * {@code live}, {@code preference}, {@code directory}, {@code assignment}, {@code digest}.
 */
package org.supervisionflow.notification;
