/** REST API of progress statistics and the progress export. */
package org.supervisionflow.assignment.progress.web;
