package org.supervisionflow.submission;

import org.springframework.boot.test.context.SpringBootTest;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;
import org.supervisionflow.testsupport.ServiceBasicsContract;

@EmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubmissionServiceIntegrationTest extends ServiceBasicsContract {
}
