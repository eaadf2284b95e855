package org.supervisionflow.review;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

    @Test
    void featurePackagesKeepTheirInternalsToThemselves() {
        ApplicationModules.of(ReviewServiceApplication.class).verify();
    }
}
