/** The workflow engine's commands to submission-service, received from {@code supervision.commands}. */
package org.supervisionflow.submission.commands;
