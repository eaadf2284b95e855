/** REST adapter: a person reads and sets their own notification preferences. */
package org.supervisionflow.notification.preference.web;
