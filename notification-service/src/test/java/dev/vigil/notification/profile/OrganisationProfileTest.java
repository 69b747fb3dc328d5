package dev.vigil.notification.profile;

import dev.vigil.contracts.incident.Person;
import dev.vigil.notification.events.OrganisationFacts;
import dev.vigil.notification.events.ProfileRecorded;
import dev.vigil.notification.obligations.Nis2EntityType;
import dev.vigil.notification.obligations.Regime;
import dev.vigil.notification.profile.ProfileCommands.RecordProfile;
import dev.vigil.platform.problem.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the organisation profile, and how the engine reads it. */
class OrganisationProfileTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final Person CONNIE = new Person("connie", "Connie Compliance");
    static final OrganisationFacts FACTS = new OrganisationFacts(List.of(new OrganisationFacts.Entity("Vigil Assist GmbH", "DE")),
            true, false, null, true, "IMPORTANT", "health", false, false, null, null,
            List.of(new OrganisationFacts.Authority("GDPR", "DE", "BfDI", "Europe/Berlin")));

    private AggregateTestFixture<OrganisationProfileRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OrganisationProfileRecord.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void the_first_profile_is_revision_one_with_who_and_why() {
        fixture.givenNoPriorActivity()
                .when(new RecordProfile("organisation", null, FACTS, " Initial profile ", CONNIE))
                .expectEvents(new ProfileRecorded("organisation", 1, FACTS, "Initial profile", CONNIE, NOW));
    }

    @Test
    void each_revision_counts_on() {
        OrganisationFacts now = new OrganisationFacts(FACTS.legalEntities(), true, false, null, true, "ESSENTIAL",
                "health", false, false, null, null, FACTS.authorities());
        fixture.given(new ProfileRecorded("organisation", 1, FACTS, "Initial", CONNIE, NOW))
                .when(new RecordProfile("organisation", null, now, "Now an essential entity", CONNIE))
                .expectEvents(new ProfileRecorded("organisation", 2, now, "Now an essential entity", CONNIE, NOW));
    }

    @Test
    void a_revision_that_changes_nothing_is_refused_and_records_nothing() {
        fixture.given(new ProfileRecorded("organisation", 1, FACTS, "Initial", CONNIE, NOW))
                .when(new RecordProfile("organisation", null, FACTS, "Again", CONNIE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void the_engine_reads_the_profile_with_its_authorities_and_time_zones() {
        var profile = new ProfileView(1, FACTS, "Initial", CONNIE, NOW, 0).engineProfile();
        assertThat(profile.legalEntities()).singleElement().satisfies(e -> assertThat(e.establishedIn()).isEqualTo("DE"));
        assertThat(profile.nis2EntityType()).isEqualTo(Nis2EntityType.IMPORTANT);
        assertThat(profile.euAiActHighRiskDeployer()).isFalse();
        assertThat(profile.gpaiSystemicRiskProvider()).isNull();
        assertThat(profile.authorities()).singleElement().satisfies(a -> {
            assertThat(a.regime()).isEqualTo(Regime.GDPR);
            assertThat(a.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        });
    }
}
