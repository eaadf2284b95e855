/** Kafka in for the timeline: its own consumer group reads every lifecycle topic and the commands. */
package org.supervisionflow.workflows.timeline.messaging;
