package dev.vigil.incident;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shape of incident-service: package by feature, the model free of the web and the read side. */
class IncidentArchitectureTest {

    static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vigil.incident");

    @Test
    void aggregates_are_package_private() {
        classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic().check(SERVICE);
    }

    @Test
    void the_command_model_knows_neither_the_web_nor_the_read_side() {
        noClasses().that().resideInAPackage("..incident.command..")
                .should().dependOnClassesThat().resideInAnyPackage("..incident.api..", "..incident.query..",
                        "..incident.timeline..", "..incident.reaction..", "org.springframework.web..")
                .check(SERVICE);
    }

    @Test
    void the_read_side_sends_no_commands() {
        noClasses().that().resideInAnyPackage("..incident.query..", "..incident.timeline..")
                .should().dependOnClassesThat().resideInAnyPackage("..incident.command..", "..incident.api..")
                .check(SERVICE);
    }
}
