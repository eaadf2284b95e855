/** The workflow engine: the report lifecycle process, its Kafka adapters and its stage and history API. */
package org.supervisionflow.workflows;
