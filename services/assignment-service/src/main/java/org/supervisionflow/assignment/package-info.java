/**
 * assignment-service. Features: {@code department}, {@code framework}, {@code campaign}, {@code assignment}, and
 * {@code demo} for the local stack's seeded data; {@code validation} carries business-rule violations to the caller.
 */
package org.supervisionflow.assignment;
