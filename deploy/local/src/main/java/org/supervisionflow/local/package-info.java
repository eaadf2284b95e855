/**
 * The local stack launcher: starts every server of 督察通 as a plain process on this machine, records their PIDs,
 * waits for their health and stops exactly what it started.
 */
package org.supervisionflow.local;
