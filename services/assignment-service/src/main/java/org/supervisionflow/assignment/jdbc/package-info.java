/** What this service's SQL stores share: mapping jsonb columns to and from records. */
package org.supervisionflow.assignment.jdbc;
