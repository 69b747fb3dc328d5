package dev.vigil.notification.assessment;

import dev.vigil.notification.events.ObligationChanged;
import dev.vigil.notification.events.ObligationFound;
import dev.vigil.notification.events.ObligationLapsed;
import dev.vigil.notification.events.ObligationRef;
import dev.vigil.notification.events.ObligationTerms;
import dev.vigil.notification.events.ObligationTerms.Reason;
import dev.vigil.notification.events.ObligationTerms.Stage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a recomputation changes, as a plain function: an obligation not held before is found; one
 * whose terms differ is changed (the previous terms kept, each difference said); one no longer
 * computed lapses, with the rule's failing findings as the reason. Identical terms record nothing,
 * so a redelivered or replayed fact leaves no trace.
 */
final class ObligationChanges {

    enum Status { OPEN, NOT_APPLICABLE, LAPSED }

    /** An obligation as the aggregate holds it. */
    record Held(UUID id, ObligationTerms terms, Status status) {
    }

    private ObligationChanges() {
    }

    /**
     * @param computed    the obligations the engine finds now, by key
     * @param whyNot      per rule id, the findings of a rule that no longer applies
     */
    static List<Object> between(UUID incidentId, Map<String, Held> held, Map<String, ObligationTerms> computed,
                                Map<String, List<Reason>> whyNot, String cause, Instant at) {
        List<Object> events = new ArrayList<>();
        computed.forEach((key, terms) -> {
            Held before = held.get(key);
            UUID id = ObligationIds.of(incidentId, key);
            if (before == null) {
                events.add(new ObligationFound(incidentId, id, terms, cause, at));
            } else if (before.status() == Status.LAPSED) {
                List<String> changes = new ArrayList<>(List.of("applies again"));
                changes.addAll(differences(before.terms(), terms));
                events.add(new ObligationChanged(incidentId, id, terms, before.terms(), changes, cause, at));
            } else if (!before.terms().equals(terms)) {
                events.add(new ObligationChanged(incidentId, id, terms, before.terms(), differences(before.terms(), terms),
                        cause, at));
            }
        });
        held.forEach((key, before) -> {
            if (before.status() != Status.LAPSED && !computed.containsKey(key)) {
                ObligationTerms t = before.terms();
                List<Reason> why = whyNot.getOrDefault(t.ruleId(), List.of()).stream()
                        .filter(r -> !"MET".equals(r.verdict())).toList();
                events.add(new ObligationLapsed(incidentId, ref(before), why, cause, at));
            }
        });
        return events;
    }

    static ObligationRef ref(Held held) {
        ObligationTerms t = held.terms();
        return new ObligationRef(held.id(), t.key(), t.ruleId(), t.regime(), t.title(), t.authorityJurisdiction());
    }

    /** Each difference in words: a stage's deadline moved, a condition's finding changed, the authority, the clock. */
    static List<String> differences(ObligationTerms before, ObligationTerms after) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(before.clockStartedAt(), after.clockStartedAt())
                || !Objects.equals(before.clockStartFact(), after.clockStartFact())) {
            changes.add("clock start: " + before.clockStartFact() + " " + before.clockStartedAt() + " → "
                    + after.clockStartFact() + " " + after.clockStartedAt());
        }
        if (!Objects.equals(before.authorityName(), after.authorityName())
                || !Objects.equals(before.authorityZone(), after.authorityZone())) {
            changes.add("authority: " + before.authorityName() + " (" + before.authorityZone() + ") → "
                    + after.authorityName() + " (" + after.authorityZone() + ")");
        }
        if (!Objects.equals(before.ruleVersion(), after.ruleVersion())) {
            changes.add("rule version: " + before.ruleVersion() + " → " + after.ruleVersion());
        }
        for (Stage stage : after.stages()) {
            Stage old = before.stages().stream().filter(s -> s.id().equals(stage.id())).findFirst().orElse(null);
            if (old == null) {
                changes.add("stage " + stage.id() + ": new, " + due(stage));
            } else if (!due(old).equals(due(stage))) {
                changes.add("stage " + stage.id() + ": " + due(old) + " → " + due(stage));
            } else if (!Objects.equals(old.basis(), stage.basis())) {
                changes.add("stage " + stage.id() + ": basis now " + stage.basis());
            }
        }
        for (Stage old : before.stages()) {
            if (after.stages().stream().noneMatch(s -> s.id().equals(old.id()))) {
                changes.add("stage " + old.id() + ": no longer owed");
            }
        }
        for (Reason reason : after.explanation()) {
            Reason old = before.explanation().stream().filter(r -> r.condition().equals(reason.condition()))
                    .findFirst().orElse(null);
            if (old == null || !old.verdict().equals(reason.verdict()) || !old.because().equals(reason.because())) {
                changes.add(reason.condition() + ": " + reason.because());
            }
        }
        if (changes.isEmpty()) {
            changes.add("explanation revised");
        }
        return changes;
    }

    private static String due(Stage stage) {
        if (stage.submittedAt() != null) {
            return "submitted " + stage.submittedAt();
        }
        if (stage.immediate()) {
            return "due now (" + stage.wording() + ")";
        }
        if (stage.dueAt() != null) {
            return "due " + stage.dueAt();
        }
        return stage.waitingFor() != null ? "waiting for " + stage.waitingFor() : "no deadline yet";
    }
}
