package dev.vigil.policy.publication;

import dev.vigil.contracts.governance.ResidualRisk;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.policy.PolicyExceptionChanged;
import dev.vigil.policy.events.ExceptionApproved;
import dev.vigil.policy.events.ExceptionRequested;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A published exception carries the likelihood and impact its rating was made from. */
class PolicyPublicationTest {

    static final UUID ID = UUID.fromString("00000000-0000-4000-8000-000000000077");
    static final Instant AT = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void every_move_of_an_exception_is_published_with_the_likelihood_and_impact_behind_its_rating() {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        Person olga = new Person("olga", "Olga Owner");
        var requested = new GenericDomainEventMessage<>("PolicyException", ID.toString(), 0,
                new ExceptionRequested(ID, "EXC-2026-0077", 0, List.of("CTL-1"), List.of("bot"), "all", "needed", olga,
                        olga, AT.plusSeconds(86_400 * 30), 4, 3, ResidualRisk.HIGH, List.of("sampling"), AT));
        var approved = new GenericDomainEventMessage<>("PolicyException", ID.toString(), 1,
                new ExceptionApproved(ID, 0, ResidualRisk.HIGH, Map.of(), Map.of(), List.of("sampling"),
                        AT.plusSeconds(86_400 * 30), AT.plusSeconds(86_400 * 20), AT.plusSeconds(60)));
        store.publish(requested, approved);
        PolicyPublication publication = new PolicyPublication(store, null);

        var published = (PolicyExceptionChanged) publication.publish(approved.getPayload(), approved).orElseThrow();

        assertThat(published.change()).isEqualTo("APPROVED");
        assertThat(published.rating()).isEqualTo(ResidualRisk.HIGH);
        assertThat(published.likelihood()).isEqualTo(4);
        assertThat(published.impact()).isEqualTo(3);
        var first = (PolicyExceptionChanged) publication.publish(requested.getPayload(), requested).orElseThrow();
        assertThat(first.likelihood()).isEqualTo(4);
        assertThat(first.impact()).isEqualTo(3);
    }

    @Test
    void a_system_is_published_with_the_team_that_owns_it() {
        var registered = new dev.vigil.policy.events.SystemRegistered("bot", new dev.vigil.policy.events.SystemFacts(
                "Bot", "answers", new Person("olga", "Olga Owner"), "platform", "DEPLOYED", java.util.Set.of(),
                dev.vigil.contracts.governance.RiskClass.HIGH_RISK, null, List.of(), List.of("EU"), List.of(), "NONE",
                false, false, false), "first", AT);
        var published = (dev.vigil.contracts.policy.AiSystemRecorded) new PolicyPublication(null, null)
                .publish(registered, new org.axonframework.eventhandling.GenericEventMessage<>(registered)).orElseThrow();
        assertThat(published.team()).isEqualTo("platform");
        assertThat(published.ownerSubject()).isEqualTo("olga");
    }

    @Test
    void an_event_published_before_the_scores_were_added_still_reads_with_no_scores() {
        String before = """
                {"exceptionId":"%s","key":"EXC-2026-0001","change":"APPROVED","status":"APPROVED","controlIds":["CTL-1"],
                 "systemIds":["bot"],"rating":"HIGH","ownerSubject":"olga","approverSubjects":["cora"],
                 "expiresAt":"2026-12-01T00:00:00Z","needsReReview":false,"renewals":0,"reason":null,
                 "changedAt":"2026-11-01T00:00:00Z"}""".formatted(ID);
        var read = JsonMapper.builder().build()
                .readValue(before, PolicyExceptionChanged.class);
        assertThat(read.rating()).isEqualTo(ResidualRisk.HIGH);
        assertThat(read.likelihood()).isNull();
        assertThat(read.impact()).isNull();
    }
}
