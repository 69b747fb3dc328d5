package dev.vigil.notification.messages;

import dev.vigil.notification.events.MessageFilter;
import dev.vigil.notification.subscriptions.FactKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which subscriptions a fact reaches: the kind of fact, the severity ladder, systems and categories. */
class MessageFactsTest {

    static Fact incidentFact(FactKind kind, String severity, String system, String category) {
        return new Fact(kind, "e-1", "t", Instant.EPOCH, UUID.randomUUID(), "INC-2026-0001", severity, List.of(system),
                category, false, "s", "text", null);
    }

    static MessageFilter filter(String minSeverity, List<String> systems, List<String> categories, FactKind... facts) {
        return new MessageFilter(minSeverity, systems, categories, java.util.Arrays.stream(facts).map(Enum::name).toList());
    }

    @Test
    void only_the_kinds_of_fact_asked_for() {
        Fact declared = incidentFact(FactKind.DECLARED, "SEV3", "bot", "MISUSE");
        assertThat(MessageFacts.matches(filter(null, List.of(), List.of(), FactKind.DECLARED), declared)).isTrue();
        assertThat(MessageFacts.matches(filter(null, List.of(), List.of(), FactKind.SEVERITY_CHANGED), declared)).isFalse();
    }

    @Test
    void at_least_the_minimum_severity_where_sev1_is_the_highest() {
        MessageFilter sev2 = filter("SEV2", List.of(), List.of(), FactKind.SEVERITY_CHANGED);
        assertThat(MessageFacts.matches(sev2, incidentFact(FactKind.SEVERITY_CHANGED, "SEV1", "bot", "MISUSE"))).isTrue();
        assertThat(MessageFacts.matches(sev2, incidentFact(FactKind.SEVERITY_CHANGED, "SEV2", "bot", "MISUSE"))).isTrue();
        assertThat(MessageFacts.matches(sev2, incidentFact(FactKind.SEVERITY_CHANGED, "SEV3", "bot", "MISUSE"))).isFalse();
        assertThat(MessageFacts.matches(sev2, incidentFact(FactKind.SEVERITY_CHANGED, "SEV4", "bot", "MISUSE"))).isFalse();
    }

    @Test
    void on_one_of_the_systems_and_in_one_of_the_categories() {
        MessageFilter f = filter(null, List.of("bot", "triage"), List.of("MISUSE"), FactKind.STATUS_CHANGED);
        assertThat(MessageFacts.matches(f, incidentFact(FactKind.STATUS_CHANGED, "SEV3", "triage", "MISUSE"))).isTrue();
        assertThat(MessageFacts.matches(f, incidentFact(FactKind.STATUS_CHANGED, "SEV3", "other", "MISUSE"))).isFalse();
        assertThat(MessageFacts.matches(f, incidentFact(FactKind.STATUS_CHANGED, "SEV3", "bot", "JAILBREAK_PROMPT_INJECTION")))
                .isFalse();
    }

    @Test
    void an_expiring_exception_reaches_subscriptions_without_incident_filters_or_on_its_systems() {
        Fact expiring = new Fact(FactKind.EXCEPTION_EXPIRING, "e-2", "t", Instant.EPOCH, null, null, null,
                List.of("bot", "triage"), null, false, "s", "text", "olga");
        assertThat(MessageFacts.matches(filter(null, List.of(), List.of(), FactKind.EXCEPTION_EXPIRING), expiring)).isTrue();
        assertThat(MessageFacts.matches(filter(null, List.of("triage"), List.of(), FactKind.EXCEPTION_EXPIRING), expiring))
                .isTrue();
        assertThat(MessageFacts.matches(filter(null, List.of("other"), List.of(), FactKind.EXCEPTION_EXPIRING), expiring))
                .isFalse();
        assertThat(MessageFacts.matches(filter("SEV1", List.of(), List.of(), FactKind.EXCEPTION_EXPIRING), expiring))
                .isFalse();
    }
}
