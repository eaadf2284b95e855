/** REST API of assignments, within the caller's department scope. */
package org.supervisionflow.assignment.assignment.web;
