/** What the gateway answers when a service behind a route cannot be reached. */
package org.supervisionflow.gateway.routing;
