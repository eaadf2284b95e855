/** REST API of indicator frameworks. */
package org.supervisionflow.assignment.framework.web;
