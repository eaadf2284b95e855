/** REST API of campaigns. */
package org.supervisionflow.assignment.campaign.web;
