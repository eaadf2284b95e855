package org.supervisionflow.assignment;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void featuresUseOnlyEachOthersPublicTypesAndDependOnEachOtherWithoutCycles() {
        ApplicationModules.of(AssignmentServiceApplication.class).verify();
    }
}
