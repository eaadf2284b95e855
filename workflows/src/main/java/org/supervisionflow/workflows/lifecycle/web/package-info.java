/** The lifecycle API: an assignment's current stage and the steps its lifecycle went through. */
package org.supervisionflow.workflows.lifecycle.web;
