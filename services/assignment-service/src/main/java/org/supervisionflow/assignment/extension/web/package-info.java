/** REST API of extension requests: the list and the office's decisions. */
package org.supervisionflow.assignment.extension.web;
