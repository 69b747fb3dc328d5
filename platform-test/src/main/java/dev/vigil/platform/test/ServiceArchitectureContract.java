package dev.vigil.platform.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape every Vigil service keeps, run by each service's own test: one package per thing a user
 * does or reads, with no cycles between them; aggregates package-private; recorded events plain
 * records; no SQL on Axon's tables outside the platform; and no other service's code.
 */
public interface ServiceArchitectureContract {

    /** The service's base package, e.g. {@code dev.vigil.incident}. */
    String servicePackage();

    private JavaClasses serviceClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage());
    }

    @Test
    default void aggregates_are_package_private() {
        classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic()
                .allowEmptyShould(true).check(serviceClasses());
    }

    @Test
    default void feature_packages_have_no_cycles() {
        slices().matching(servicePackage() + ".(**)").should().beFreeOfCycles().check(serviceClasses());
    }

    @Test
    default void recorded_events_are_records_that_know_no_framework() {
        classes().that().resideInAPackage(servicePackage() + ".events..").and().areNotAnnotations()
                .and().doNotHaveSimpleName("package-info")
                .should().beRecords()
                .andShould().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.vigil.contracts..",
                        servicePackage() + ".events..")
                .allowEmptyShould(true).check(serviceClasses());
    }

    @Test
    default void no_other_service_is_used() {
        List<String> others = new ArrayList<>(List.of("dev.vigil.incident..", "dev.vigil.review..", "dev.vigil.policy..",
                "dev.vigil.notification..", "dev.vigil.infra.."));
        others.remove(servicePackage() + "..");
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                .check(serviceClasses());
    }

    /** Axon's tables are read through Axon or the platform's {@code StoredEvents}, so that one place knows them. */
    @Test
    default void no_class_runs_sql_on_axons_tables() throws IOException, URISyntaxException {
        List<String> offenders = new ArrayList<>();
        for (URL url : Collections.list(getClass().getClassLoader().getResources(servicePackage().replace('.', '/')))) {
            if (!"file".equals(url.getProtocol()) || url.getPath().contains("test-classes")) {
                continue;
            }
            try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
                files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                    try {
                        String bytes = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
                        if (Stream.of("domain_event_entry", "snapshot_event_entry", "token_entry").anyMatch(bytes::contains)) {
                            offenders.add(f.getFileName().toString());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        assertThat(offenders).as("classes naming Axon's tables").isEmpty();
    }
}
