package dev.vigil.incident.details;

import dev.vigil.contracts.incident.DetectionSource;
import dev.vigil.contracts.incident.HarmClass;
import dev.vigil.contracts.incident.HarmRealisation;
import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.incident.events.ImpactAssessed;
import dev.vigil.contracts.incident.ImpactAssessment;
import dev.vigil.incident.events.IncidentCommanderAssigned;
import dev.vigil.incident.events.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.incident.events.IncidentStatusChanged;
import dev.vigil.incident.events.ParticipantJoined;
import dev.vigil.incident.events.ParticipantLeft;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.incident.events.SeverityChanged;
import dev.vigil.platform.security.Actor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The read model's fold: event in, incident details out. */
class IncidentHistoryTest {

    static final UUID ID = UUID.randomUUID();
    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    static final Actor RITA = new Actor("rita", "Rita Responder", List.of("RESPONDER"));
    static final Actor CARL = new Actor("carl", "Carl Commander", List.of("INCIDENT_COMMANDER"));

    static IncidentDetails declared() {
        return IncidentHistory.apply(null, new IncidentDeclared(ID, "INC-2026-0007", "Title", null, "bot", null,
                Severity.SEV3, HazardCategory.MISUSE, DetectionSource.PRESS, null, T0.minusSeconds(60), T0.minusSeconds(30),
                List.of("EU"), true, T0), RITA, 0, T0);
    }

    static ImpactAssessment impact(long people) {
        return new ImpactAssessment(HarmRealisation.HAZARD, List.of(HarmClass.PERSONAL_DATA), people, false, false, true,
                0, false, null, null, null);
    }

    @Test
    void a_declaration_makes_the_declarer_a_participant() {
        IncidentDetails d = declared();
        assertThat(d.status()).isEqualTo(IncidentStatus.DECLARED);
        assertThat(d.declaredBy()).isEqualTo(new Person("rita", "Rita Responder"));
        assertThat(d.participants()).extracting(Person::subject).containsExactly("rita");
        assertThat(d.version()).isZero();
    }

    @Test
    void severity_changes_are_kept_with_who_and_why() {
        IncidentDetails d = IncidentHistory.apply(declared(),
                new SeverityChanged(ID, Severity.SEV3, Severity.SEV1, "deaths reported", T0.plusSeconds(5)), CARL, 1,
                T0.plusSeconds(5));
        assertThat(d.severity()).isEqualTo(Severity.SEV1);
        assertThat(d.severityHistory()).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(Severity.SEV3);
            assertThat(c.reason()).isEqualTo("deaths reported");
            assertThat(c.changedBy().subject()).isEqualTo("carl");
        });
        assertThat(d.version()).isEqualTo(1);
    }

    @Test
    void response_times_count_from_declaration_and_only_the_first_time() {
        IncidentDetails d = declared();
        d = IncidentHistory.apply(d, new IncidentCommanderAssigned(ID, new Person("carl", "Carl"), null, T0.plusSeconds(90)),
                CARL, 1, T0.plusSeconds(90));
        d = IncidentHistory.apply(d, new IncidentStatusChanged(ID, IncidentStatus.DECLARED, IncidentStatus.INVESTIGATING,
                null, T0.plusSeconds(100)), CARL, 2, T0.plusSeconds(100));
        d = IncidentHistory.apply(d, new IncidentStatusChanged(ID, IncidentStatus.INVESTIGATING, IncidentStatus.CONTAINED,
                null, T0.plusSeconds(600)), CARL, 3, T0.plusSeconds(600));
        d = IncidentHistory.apply(d, new IncidentCommanderAssigned(ID, new Person("iris", "Iris"), new Person("carl", "Carl"),
                T0.plusSeconds(700)), CARL, 4, T0.plusSeconds(700));
        assertThat(d.times().timeToAcknowledgeSeconds()).isEqualTo(90);
        assertThat(d.times().timeToContainSeconds()).isEqualTo(600);
        assertThat(d.times().timeToResolveSeconds()).isNull();
        assertThat(d.commander().subject()).isEqualTo("iris");
        assertThat(d.participants()).extracting(Person::subject).containsExactly("rita", "carl", "iris");
    }

    @Test
    void a_revised_impact_keeps_the_previous_revisions_readable() {
        IncidentDetails d = IncidentHistory.apply(declared(), new ImpactAssessed(ID, 1, impact(10), "first", T0), CARL, 1, T0);
        d = IncidentHistory.apply(d, new ImpactAssessed(ID, 2, impact(1200), "logs counted", T0), CARL, 2, T0);
        assertThat(d.impact().revision()).isEqualTo(2);
        assertThat(d.impact().assessment().peopleAffected()).isEqualTo(1200);
        assertThat(d.previousImpacts()).singleElement().satisfies(p -> assertThat(p.assessment().peopleAffected()).isEqualTo(10));
    }

    @Test
    void a_participant_who_leaves_no_longer_takes_part() {
        IncidentDetails d = IncidentHistory.apply(declared(), new ParticipantJoined(ID, new Person("omar", "Omar"), T0),
                CARL, 1, T0);
        d = IncidentHistory.apply(d, new ParticipantLeft(ID, new Person("omar", null), T0), CARL, 2, T0);
        assertThat(d.participants()).extracting(Person::subject).containsExactly("rita");
    }
}
