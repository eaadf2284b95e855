/** REST adapter: who was told about an assignment, how, and whether it arrived. */
package org.supervisionflow.notification.delivery.web;
