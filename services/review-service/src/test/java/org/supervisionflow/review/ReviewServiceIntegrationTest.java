package org.supervisionflow.review;

import org.supervisionflow.testsupport.ServiceBasicsContract;

@ReviewServiceTest
class ReviewServiceIntegrationTest extends ServiceBasicsContract {
}
