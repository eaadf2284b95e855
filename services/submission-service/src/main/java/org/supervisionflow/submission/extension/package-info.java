/**
 * Extension requests (延期申请): a department asks for more time for its report or for one finding's rectification;
 * the office's decision arrives from assignment-service and moves the date shown.
 */
package org.supervisionflow.submission.extension;
