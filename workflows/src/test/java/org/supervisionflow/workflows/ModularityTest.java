package org.supervisionflow.workflows;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.supervisionflow.workflows");

    @Test
    void featuresUseOnlyEachOthersPublicTypes() {
        ApplicationModules.of(WorkflowsApplication.class).verify();
    }

    @Test
    void onlyTheEngineAdapterAndTheOperatorAccessSetUpKnowTheyRunOnCamunda() {
        noClasses().that().resideOutsideOfPackages("..workflows.lifecycle.engine..", "..workflows.security..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("a move to Operaton must stay a rename of a few packages")
                .check(CLASSES);
    }
}
