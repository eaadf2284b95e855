package org.supervisionflow.assignment;

import org.supervisionflow.testsupport.ServiceBasicsContract;

/** What every service must do (health, OpenAPI, 401 problem, caller from the token), for assignment-service. */
@AssignmentServiceTest
class AssignmentServiceBasicsIntegrationTest extends ServiceBasicsContract {
}
