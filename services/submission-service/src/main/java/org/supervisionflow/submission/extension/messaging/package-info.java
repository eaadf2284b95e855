/** The office's decisions on extension requests and due-date moves, from assignment-service's events. */
package org.supervisionflow.submission.extension.messaging;
