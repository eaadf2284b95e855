/** The workflow engine's commands on {@code supervision.commands}, handed to the features they concern. */
package org.supervisionflow.review.command;
