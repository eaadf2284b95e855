/** What every 督察通 service shares and nothing more; switched on by Spring Boot auto-configuration. */
package org.supervisionflow.platform;
