/** The daily digest: one mail per department leader with the department's open items, never twice a day. */
package org.supervisionflow.notification.digest;
