package org.supervisionflow.notification;

import org.supervisionflow.testsupport.ServiceBasicsContract;

@NotificationServiceTest
class NotificationServiceIntegrationTest extends ServiceBasicsContract {
}
