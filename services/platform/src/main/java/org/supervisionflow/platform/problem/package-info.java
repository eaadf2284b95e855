/** RFC 9457 problem+json responses with their text in Chinese and English. */
package org.supervisionflow.platform.problem;
