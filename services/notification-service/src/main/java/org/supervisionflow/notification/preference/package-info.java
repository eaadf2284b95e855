/** The kinds of notification and each person's choice of channels for each kind, with sensible defaults. */
package org.supervisionflow.notification.preference;
