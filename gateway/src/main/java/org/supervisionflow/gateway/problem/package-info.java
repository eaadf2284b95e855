/** Bilingual problem+json answers of the gateway itself, shaped like the services' own. */
package org.supervisionflow.gateway.problem;
