package dev.vigil.infra;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Services learn from each other through Kafka only: only contracts and platform are shared. */
class ArchitectureTest {

    static final JavaClasses VIGIL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vigil");

    @Test
    void services_never_use_each_others_code() {
        slices().matching("dev.vigil.(incident|review|policy|notification)..").should().notDependOnEachOther()
                .check(VIGIL);
    }

    @Test
    void contracts_depend_on_neither_spring_nor_axon_nor_any_service() {
        noClasses().that().resideInAPackage("dev.vigil.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                        "dev.vigil.platform..", "dev.vigil.incident..", "dev.vigil.review..", "dev.vigil.policy..",
                        "dev.vigil.notification..", "tools.jackson..", "com.fasterxml..")
                .check(VIGIL);
    }

    @Test
    void the_platform_knows_no_service() {
        noClasses().that().resideInAPackage("dev.vigil.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.vigil.incident..", "dev.vigil.review..",
                        "dev.vigil.policy..", "dev.vigil.notification..", "dev.vigil.infra..")
                .check(VIGIL);
    }
}
