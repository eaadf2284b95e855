/** Small pieces every service's web layer shares. */
package org.supervisionflow.platform.web;
