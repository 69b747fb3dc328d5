package dev.vigil.notification.register;

import dev.vigil.contracts.incident.Person;
import dev.vigil.notification.events.ObligationChanged;
import dev.vigil.notification.events.ObligationFound;
import dev.vigil.notification.events.ObligationRef;
import dev.vigil.notification.events.ObligationSetAside;
import dev.vigil.notification.events.ObligationTerms;
import dev.vigil.notification.events.StageOverdue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The register's view of an obligation, folded from its events, and its time left as read. */
class ObligationViewTest {

    static final UUID INCIDENT = UUID.fromString("0b1e0000-0000-4000-8000-000000000001");
    static final UUID ID = UUID.fromString("0b1e0000-0000-4000-8000-000000000002");
    static final Instant AWARE = Instant.parse("2026-11-20T08:30:00Z");
    static final ObligationRef REF = new ObligationRef(ID, "gdpr-art-33@DE", "gdpr-art-33", "GDPR",
            "Personal-data breach notification", "DE");

    static ObligationTerms terms(Duration window) {
        return new ObligationTerms("gdpr-art-33@DE", "gdpr-art-33", "GDPR", "Personal-data breach notification",
                "GDPR Art. 33", "2016/679", "DE", "BfDI", "Europe/Berlin", true, "AWARE_AT", AWARE,
                List.of(new ObligationTerms.Stage("notification", "Notification", AWARE.plus(window), false, null,
                        "AWARE_AT", AWARE, null, null, window + " after awareness")),
                List.of(new ObligationTerms.Reason("GDPR_CONTROLLER", "MET", "a GDPR controller")));
    }

    static ObligationView found() {
        return ObligationView.apply(null, new ObligationFound(INCIDENT, ID, terms(Duration.ofHours(72)), "breach", AWARE), 2);
    }

    @Test
    void a_found_obligation_is_open_with_its_deadline_and_why() {
        ObligationView view = found();
        assertThat(view.status()).isEqualTo("OPEN");
        assertThat(view.stages().getFirst().dueAt()).isEqualTo(AWARE.plus(Duration.ofHours(72)));
        assertThat(view.authority().name()).isEqualTo("BfDI");
        assertThat(view.history()).singleElement().satisfies(c -> assertThat(c.change()).isEqualTo("FOUND"));
        assertThat(view.version()).isEqualTo(2);
    }

    @Test
    void a_revision_keeps_the_superseded_stages_and_what_changed_them() {
        ObligationView view = ObligationView.apply(found(), new ObligationChanged(INCIDENT, ID, terms(Duration.ofHours(48)),
                terms(Duration.ofHours(72)), List.of("stage notification: earlier"), "awareness corrected", AWARE), 3);
        assertThat(view.stages().getFirst().dueAt()).isEqualTo(AWARE.plus(Duration.ofHours(48)));
        assertThat(view.history()).hasSize(2);
        assertThat(view.history().get(1).previousStages().getFirst().dueAt()).isEqualTo(AWARE.plus(Duration.ofHours(72)));
        assertThat(view.history().get(1).cause()).isEqualTo("awareness corrected");
    }

    static ObligationTerms submitted(Duration window, Instant at) {
        ObligationTerms t = terms(window);
        ObligationTerms.Stage s = t.stages().getFirst();
        return new ObligationTerms(t.key(), t.ruleId(), t.regime(), t.title(), t.citation(), t.ruleVersion(),
                t.authorityJurisdiction(), t.authorityName(), t.authorityZone(), true, t.clockStartFact(),
                t.clockStartedAt(), List.of(new ObligationTerms.Stage(s.id(), s.name(), s.dueAt(), false, null,
                s.startsFrom(), s.startsAt(), null, at, s.basis())), t.explanation());
    }

    @Test
    void a_submitted_stage_is_on_time_with_its_margin_or_late_by_how_much_and_nothing_is_next() {
        ObligationView onTime = ObligationView.apply(found(), new ObligationChanged(INCIDENT, ID,
                submitted(Duration.ofHours(72), AWARE.plus(Duration.ofHours(70))), terms(Duration.ofHours(72)),
                List.of("submitted"), "submission of notification", AWARE), 3).reading("k", AWARE.plus(Duration.ofDays(5)));
        assertThat(onTime.next()).isNull();
        assertThat(onTime.submitted()).singleElement().satisfies(s -> {
            assertThat(s.late()).isFalse();
            assertThat(s.margin()).isEqualTo("PT2H");
            assertThat(s.took()).isEqualTo("PT70H");
        });
        ObligationView late = ObligationView.apply(found(), new ObligationChanged(INCIDENT, ID,
                submitted(Duration.ofHours(72), AWARE.plus(Duration.ofHours(75))), terms(Duration.ofHours(72)),
                List.of("submitted"), "submission of notification", AWARE), 3).reading("k", AWARE);
        assertThat(late.submitted()).singleElement().satisfies(s -> {
            assertThat(s.late()).isTrue();
            assertThat(s.lateBy()).isEqualTo("PT3H");
            assertThat(s.margin()).isNull();
        });
    }

    @Test
    void the_time_left_is_a_margin_before_the_deadline_and_lateness_after_it() {
        ObligationView view = found();
        ObligationView early = view.reading("INC-2026-0001", AWARE.plus(Duration.ofHours(70)));
        assertThat(early.next().late()).isFalse();
        assertThat(early.next().timeLeft()).isEqualTo("PT2H");
        assertThat(early.incidentKey()).isEqualTo("INC-2026-0001");
        ObligationView late = view.reading("INC-2026-0001", AWARE.plus(Duration.ofHours(75)));
        assertThat(late.next().late()).isTrue();
        assertThat(late.next().lateBy()).isEqualTo("PT3H");
    }

    @Test
    void not_applicable_and_overdue_stay_on_the_record_and_sorting_puts_the_least_time_left_first() {
        ObligationView marked = ObligationView.apply(ObligationView.apply(found(),
                new StageOverdue(INCIDENT, REF, "notification", AWARE.plus(Duration.ofHours(72)), AWARE.plus(Duration.ofHours(72))), 3),
                new ObligationSetAside(INCIDENT, REF, "Data was encrypted", new Person("connie", "Connie"), AWARE), 4);
        assertThat(marked.status()).isEqualTo("NOT_APPLICABLE");
        assertThat(marked.notApplicable().justification()).isEqualTo("Data was encrypted");
        assertThat(marked.clocks()).singleElement().satisfies(f -> assertThat(f.percent()).isEqualTo(100));
        assertThat(marked.history()).extracting(ObligationView.Change::change).containsExactly("FOUND", "OVERDUE", "NOT_APPLICABLE");
        assertThat(marked.reading("k", AWARE).next()).isNull();

        ObligationView sooner = ObligationView.apply(null, new ObligationFound(INCIDENT, UUID.randomUUID(),
                terms(Duration.ofHours(24)), "x", AWARE), 5).reading("k", AWARE);
        List<ObligationView> sorted = java.util.stream.Stream.of(marked.reading("k", AWARE), found().reading("k", AWARE), sooner)
                .sorted(ObligationView.BY_TIME_LEFT).toList();
        assertThat(sorted.get(0)).isSameAs(sooner);
        assertThat(sorted.get(2).status()).isEqualTo("NOT_APPLICABLE");
    }
}
