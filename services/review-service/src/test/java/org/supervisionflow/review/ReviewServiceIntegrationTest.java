package org.supervisionflow.review;

import org.springframework.boot.test.context.SpringBootTest;
import org.supervisionflow.testsupport.EmbeddedInfrastructure;
import org.supervisionflow.testsupport.ServiceBasicsContract;

@EmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewServiceIntegrationTest extends ServiceBasicsContract {
}
