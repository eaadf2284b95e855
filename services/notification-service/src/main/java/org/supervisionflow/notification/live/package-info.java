/** Live push: server-sent events carry each new notification to its recipient's open browsers. */
package org.supervisionflow.notification.live;
