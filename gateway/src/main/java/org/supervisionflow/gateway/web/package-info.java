/** The web app's pages: the built Vue app in the jar's {@code static/}, and every page path answered with it. */
package org.supervisionflow.gateway.web;
