package dev.vigil.infra;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Services learn from each other through Kafka only; the platform is a toolkit that knows no domain. */
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
    void no_package_anywhere_is_part_of_a_cycle() {
        slices().matching("dev.vigil.(**)").should().beFreeOfCycles().check(VIGIL);
    }

    @Test
    void contracts_depend_on_neither_spring_nor_axon_nor_any_service() {
        noClasses().that().resideInAPackage("dev.vigil.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                        "dev.vigil.platform..", "dev.vigil.incident..", "dev.vigil.review..", "dev.vigil.policy..",
                        "dev.vigil.notification..", "dev.vigil.knownincidents..", "tools.jackson..", "com.fasterxml..")
                .check(VIGIL);
    }

    @Test
    void the_platform_knows_no_service() {
        noClasses().that().resideInAPackage("dev.vigil.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.vigil.incident..", "dev.vigil.review..",
                        "dev.vigil.policy..", "dev.vigil.notification..", "dev.vigil.infra..", "dev.vigil.knownincidents..")
                .check(VIGIL);
    }

    @Test
    void the_platform_depends_on_the_contracts_only_for_the_event_envelope() {
        noClasses().that().resideInAPackage("dev.vigil.platform..").and().resideOutsideOfPackage("dev.vigil.platform.test..")
                .should().dependOnClassesThat(resideInAPackage("dev.vigil.contracts..")
                        .and(resideOutsideOfPackage("dev.vigil.contracts.events..")))
                .check(VIGIL);
    }
}
