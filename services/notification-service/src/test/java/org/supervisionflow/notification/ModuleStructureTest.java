package org.supervisionflow.notification;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

    @Test
    void featurePackagesKeepTheirInternalsToThemselves() {
        ApplicationModules.of(NotificationServiceApplication.class).verify();
    }
}
