package org.supervisionflow.submission;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

    @Test
    void featuresUseOnlyEachOthersPublicApiAndFormNoCycles() {
        ApplicationModules.of(SubmissionServiceApplication.class).verify();
    }
}
