package dev.vigil.incident;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.vigil.platform.test.ServiceArchitectureContract;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** incident-service keeps the shape every service keeps, and its model stays free of the web. */
class IncidentArchitectureTest implements ServiceArchitectureContract {

    static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vigil.incident");

    @Override
    public String servicePackage() {
        return "dev.vigil.incident";
    }

    @Test
    void the_model_knows_neither_the_web_nor_the_read_side_nor_any_slice() {
        noClasses().that().resideInAPackage("dev.vigil.incident.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "dev.vigil.incident.details..", "dev.vigil.incident.timeline..", "dev.vigil.incident.publication..")
                .check(SERVICE);
    }

    @Test
    void only_the_publication_slice_speaks_the_published_incident_language() {
        noClasses().that().resideOutsideOfPackage("dev.vigil.incident.publication..")
                .should().dependOnClassesThat().haveNameMatching("dev\\.vigil\\.contracts\\.incident\\.(IncidentDeclared|"
                        + "SeverityChanged|IncidentStatusChanged|IncidentCommanderAssigned|IncidentRoleAssigned|"
                        + "ParticipantJoined|ParticipantLeft|ImpactAssessed|DecisionLogged|StatusUpdatePosted)")
                .check(SERVICE);
    }
}
