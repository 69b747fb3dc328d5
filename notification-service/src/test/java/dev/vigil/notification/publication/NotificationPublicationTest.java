package dev.vigil.notification.publication;

import dev.vigil.contracts.events.EventType;
import dev.vigil.contracts.notification.NotificationEventTypes;
import dev.vigil.contracts.notification.ObligationOverdue;
import dev.vigil.contracts.notification.ObligationRecorded;
import dev.vigil.contracts.notification.ObligationRevised;
import dev.vigil.notification.events.CaseOpened;
import dev.vigil.notification.events.DeterminationsRecorded;
import dev.vigil.notification.events.Determinations;
import dev.vigil.notification.events.ObligationChanged;
import dev.vigil.notification.events.ObligationFound;
import dev.vigil.notification.events.ObligationRef;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.notification.NotificationDrafted;
import dev.vigil.contracts.notification.NotificationSubmitted;
import dev.vigil.notification.events.DraftCreated;
import dev.vigil.notification.events.DraftDocument;
import dev.vigil.notification.events.DraftRef;
import dev.vigil.notification.events.DraftSubmitted;
import dev.vigil.notification.events.ObligationRef;
import dev.vigil.notification.events.ObligationTerms;
import dev.vigil.notification.events.StageOverdue;
import dev.vigil.contracts.incident.Person;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import dev.vigil.contracts.notification.MessageDelivered;
import dev.vigil.contracts.notification.MessageDeliveryFailed;
import dev.vigil.notification.events.MessageAttempted;
import dev.vigil.notification.events.MessageQueued;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What goes on vigil.notification.events: the pinned type names, and every payload naming its incident. */
class NotificationPublicationTest {

    static final UUID INCIDENT = UUID.fromString("0b1e0000-0000-4000-8000-000000000001");
    static final UUID ID = UUID.fromString("0b1e0000-0000-4000-8000-000000000002");
    static final Instant AWARE = Instant.parse("2026-11-20T08:30:00Z");
    final NotificationPublication publication = new NotificationPublication();

    static ObligationTerms terms(Duration window) {
        return new ObligationTerms("gdpr-art-33@DE", "gdpr-art-33", "GDPR", "Personal-data breach notification",
                "GDPR Art. 33", "2016/679", "DE", "BfDI", "Europe/Berlin", true, "AWARE_AT", AWARE,
                List.of(new ObligationTerms.Stage("notification", "Notification", AWARE.plus(window), false, null,
                        "AWARE_AT", AWARE, null, null, "basis")), List.of());
    }

    @Test
    void published_type_names_are_a_promise_so_the_list_is_pinned() {
        assertThat(NotificationEventTypes.LANGUAGE.types()).extracting(EventType::ceType).containsExactly(
                "vigil.notification.ObligationRecorded.v1", "vigil.notification.ObligationRevised.v1",
                "vigil.notification.ObligationWithdrawn.v1", "vigil.notification.ObligationMarkedNotApplicable.v1",
                "vigil.notification.ObligationDueSoon.v1", "vigil.notification.ObligationOverdue.v1",
                "vigil.notification.NotificationDrafted.v1", "vigil.notification.NotificationEdited.v1",
                "vigil.notification.NotificationApproved.v1", "vigil.notification.NotificationSubmitted.v1",
                "vigil.notification.AuthorityAcknowledged.v1", "vigil.notification.MessageDelivered.v1",
                "vigil.notification.MessageDeliveryFailed.v1");
    }

    static DraftRef draft() {
        return new DraftRef(UUID.fromString("0b1e0000-0000-4000-8000-000000000003"), new ObligationRef(ID,
                "gdpr-art-33@DE", "gdpr-art-33", "GDPR", "Personal-data breach notification", "DE"), "notification",
                "Notification", "BfDI");
    }

    @Test
    void a_submission_is_published_with_its_incident_its_hash_and_whether_it_was_late_and_by_how_much() {
        Person cleo = new Person("cleo", "Cleo Compliance");
        var late = publication.publish(new DraftSubmitted(INCIDENT, draft(), 2, "BfDI portal", "BfDI-1",
                AWARE.plus(Duration.ofHours(75)), "pdf", "ab".repeat(32), AWARE.plus(Duration.ofHours(72)), false, cleo,
                AWARE.plus(Duration.ofHours(76))), null).orElseThrow();
        assertThat(late).isInstanceOfSatisfying(NotificationSubmitted.class, e -> {
            assertThat(e.subject()).isEqualTo(INCIDENT.toString());
            assertThat(e.late()).isTrue();
            assertThat(e.lateBy()).isEqualTo("PT3H");
            assertThat(e.margin()).isNull();
            assertThat(e.submittedBy()).isEqualTo("cleo");
            assertThat(e.sha256()).isEqualTo("ab".repeat(32));
            assertThat(e.summary()).contains("BfDI", "late by PT3H");
        });
        var onTime = (NotificationSubmitted) publication.publish(new DraftSubmitted(INCIDENT, draft(), 2, "portal", "R",
                AWARE.plus(Duration.ofHours(70)), "pdf", "ab".repeat(32), AWARE.plus(Duration.ofHours(72)), false, cleo,
                AWARE.plus(Duration.ofHours(70))), null).orElseThrow();
        assertThat(onTime.late()).isFalse();
        assertThat(onTime.margin()).isEqualTo("PT2H");
        assertThat(publication.publish(new DraftCreated(INCIDENT, draft(), "gdpr-art-33", new DraftDocument("t",
                List.of()), cleo, AWARE), null).orElseThrow()).isInstanceOfSatisfying(NotificationDrafted.class,
                e -> assertThat(e.incidentId()).isEqualTo(INCIDENT));
    }

    @Test
    void an_obligation_found_is_published_with_its_incident_authority_and_deadlines() {
        var published = publication.publish(new ObligationFound(INCIDENT, ID, terms(Duration.ofHours(72)), "breach", AWARE),
                null).orElseThrow();
        assertThat(published).isInstanceOfSatisfying(ObligationRecorded.class, e -> {
            assertThat(e.subject()).isEqualTo(INCIDENT.toString());
            assertThat(e.incidentId()).isEqualTo(INCIDENT);
            assertThat(e.title()).isEqualTo("Personal-data breach notification (DE)");
            assertThat(e.authority()).isEqualTo("BfDI");
            assertThat(e.stages()).singleElement().satisfies(s -> assertThat(s.dueAt()).isEqualTo(AWARE.plus(Duration.ofHours(72))));
            assertThat(e.summary()).isEqualTo("Notification due " + AWARE.plus(Duration.ofHours(72)));
        });
    }

    @Test
    void a_revision_carries_the_previous_deadlines_and_a_clock_its_stage() {
        var revised = publication.publish(new ObligationChanged(INCIDENT, ID, terms(Duration.ofHours(48)),
                terms(Duration.ofHours(72)), List.of("earlier"), "awareness corrected", AWARE), null).orElseThrow();
        assertThat(revised).isInstanceOfSatisfying(ObligationRevised.class, e ->
                assertThat(e.previousStages().getFirst().dueAt()).isEqualTo(AWARE.plus(Duration.ofHours(72))));
        ObligationRef ref = new ObligationRef(ID, "gdpr-art-33@DE", "gdpr-art-33", "GDPR", "Breach notification", "DE");
        var overdue = publication.publish(new StageOverdue(INCIDENT, ref, "notification", AWARE, AWARE), null).orElseThrow();
        assertThat(overdue).isInstanceOfSatisfying(ObligationOverdue.class, e -> {
            assertThat(e.incidentId()).isEqualTo(INCIDENT);
            assertThat(e.stageId()).isEqualTo("notification");
        });
    }

    @Test
    void determinations_and_the_opening_of_a_case_stay_home() {
        assertThat(publication.publish(new CaseOpened(INCIDENT, AWARE), null)).isEmpty();
        assertThat(publication.publish(new DeterminationsRecorded(INCIDENT, 1, Determinations.none(), List.of(), "r",
                new Person("connie", "Connie"), AWARE), null)).isEmpty();
    }

    @Test
    void a_message_attempt_is_published_with_its_incident_and_never_the_address() {
        UUID message = UUID.fromString("0b1e0000-0000-4000-8000-000000000009");
        var delivered = publication.publish(new MessageAttempted(message, "sub-1", INCIDENT, "INC-2026-0001", "WEBHOOK",
                "SEVERITY_CHANGED", "event-1", "carl", 2, true, 204, null, null, AWARE), null).orElseThrow();
        assertThat(delivered).isInstanceOfSatisfying(MessageDelivered.class, d -> {
            assertThat(d.incidentId()).isEqualTo(INCIDENT);
            assertThat(d.subject()).isEqualTo(INCIDENT.toString());
            assertThat(d.attempt()).isEqualTo(2);
            assertThat(d.summary()).contains("severity changed of INC-2026-0001").contains("carl").contains("webhook");
        });
        var retried = publication.publish(new MessageAttempted(message, null, null, null, "EMAIL", "EXCEPTION_EXPIRING",
                "event-2", "olga", 1, false, null, "SMTP: refused", AWARE.plusSeconds(60), AWARE), null).orElseThrow();
        assertThat(retried).isInstanceOfSatisfying(MessageDeliveryFailed.class, f -> {
            assertThat(f.gaveUp()).isFalse();
            assertThat(f.subject()).isEqualTo(message.toString());
            assertThat(f.nextAttemptAt()).isEqualTo(AWARE.plusSeconds(60));
        });
        assertThat(publication.publish(new MessageQueued(message, "sub-1", "carl", "EMAIL", "carl@vigil.local", INCIDENT,
                "INC-2026-0001", "DECLARED", "event-3", "t", "s", "b", AWARE, AWARE), null)).isEmpty();
    }
}
