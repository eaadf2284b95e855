/** REST API of departments. */
package org.supervisionflow.assignment.department.web;
