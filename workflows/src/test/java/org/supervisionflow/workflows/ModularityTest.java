package org.supervisionflow.workflows;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void featuresUseOnlyEachOthersPublicTypes() {
        ApplicationModules.of(WorkflowsApplication.class).verify();
    }
}
