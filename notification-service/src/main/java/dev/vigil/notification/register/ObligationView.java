package dev.vigil.notification.register;

import dev.vigil.contracts.incident.Person;
import dev.vigil.notification.events.ObligationChanged;
import dev.vigil.notification.events.ObligationFound;
import dev.vigil.notification.events.ObligationLapsed;
import dev.vigil.notification.events.ObligationSetAside;
import dev.vigil.notification.events.ObligationTerms;
import dev.vigil.notification.events.ObligationTerms.Reason;
import dev.vigil.notification.events.ObligationTerms.Stage;
import dev.vigil.notification.events.StageDueSoon;
import dev.vigil.notification.events.StageOverdue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One obligation as the register shows it: the rule, the authority, the stages with their deadlines,
 * why it applies, its status, the clocks that fired, and its whole history (every revision with the
 * superseded stages and what changed them). Built only by {@link #apply} from the events.
 *
 * @param status  OPEN, NOT_APPLICABLE, or WITHDRAWN (no longer applies after a fact changed)
 * @param next      read-time only: the next stage due and the time left (negative: late); null when none
 * @param version   sequence number of the incident's last event that touched it
 * @param submitted read-time only: each submitted stage, on time or late against its deadline as it now stands
 */
public record ObligationView(UUID id, UUID incidentId, String incidentKey, String key, String ruleId, String regime,
                             String title, String citation, String ruleVersion, Authority authority,
                             String clockStartFact, Instant clockStartedAt, List<Stage> stages,
                             List<Reason> explanation, String status, NotApplicable notApplicable,
                             List<Fired> clocks, List<Change> history, Instant recordedAt, long version, Next next,
                             List<Submitted> submitted) {

    public static final String OPEN = "OPEN";
    public static final String NOT_APPLICABLE = "NOT_APPLICABLE";
    public static final String WITHDRAWN = "WITHDRAWN";

    public ObligationView {
        stages = List.copyOf(stages);
        explanation = List.copyOf(explanation);
        clocks = List.copyOf(clocks);
        history = List.copyOf(history);
        submitted = submitted == null ? null : List.copyOf(submitted);
    }

    public record Authority(String jurisdiction, String name, String zone, boolean fromProfile) {
    }

    public record NotApplicable(String justification, Person markedBy, Instant markedAt) {
    }

    /** A clock that fired: {@code percent} 50, 75, 90 (due soon) or 100 (overdue) of a stage's window. */
    public record Fired(String stageId, int percent, Instant dueAt, Instant recordedAt) {
    }

    /**
     * One entry of the history: FOUND, REVISED, WITHDRAWN, NOT_APPLICABLE, DUE_SOON, OVERDUE; for a
     * revision, the stages it superseded and each change, with the fact that caused it.
     */
    public record Change(Instant at, String change, String cause, List<String> changes, List<Stage> previousStages,
                         Person by) {
    }

    /** The next stage due: its deadline and the time left, or "due now" for an immediate one. */
    public record Next(String stageId, String stageName, Instant dueAt, boolean immediate, String timeLeft,
                       long secondsLeft, boolean late, String lateBy) {
    }

    /**
     * A submitted stage: on time (with the margin left) or late (by how much) against its deadline;
     * an immediate stage ("without undue delay") has no deadline to compare, only the time it took.
     */
    public record Submitted(String stageId, String stageName, Instant submittedAt, Instant dueAt, boolean immediate,
                            boolean late, String lateBy, String margin, String took) {
    }

    private static final Person SYSTEM = new Person("system", "Vigil");

    static ObligationView apply(ObligationView view, Object event, long sequence) {
        return switch (event) {
            case ObligationFound e -> withTerms(new ObligationView(e.obligationId(), e.incidentId(), null, null, null,
                            null, null, null, null, null, null, null, List.of(), List.of(), OPEN, null, List.of(),
                            List.of(new Change(e.foundAt(), "FOUND", e.cause(), List.of(), null, SYSTEM)), e.foundAt(),
                            sequence, null, null), e.terms());
            case ObligationChanged e -> {
                ObligationView changed = withTerms(view, e.terms());
                yield changed.with(WITHDRAWN.equals(view.status()) ? OPEN : view.status(), view.notApplicable(),
                        view.clocks(), added(view.history(), new Change(e.changedAt(), "REVISED", e.cause(), e.changes(),
                                e.previous().stages(), SYSTEM)), sequence);
            }
            case ObligationLapsed e -> view.with(WITHDRAWN, view.notApplicable(), view.clocks(),
                    added(view.history(), new Change(e.lapsedAt(), "WITHDRAWN", e.cause(),
                            e.why().stream().map(r -> r.condition() + " " + r.verdict() + ": " + r.because()).toList(),
                            null, SYSTEM)), sequence);
            case ObligationSetAside e -> view.with(NOT_APPLICABLE,
                    new NotApplicable(e.justification(), e.markedBy(), e.markedAt()), view.clocks(),
                    added(view.history(), new Change(e.markedAt(), "NOT_APPLICABLE", e.justification(), List.of(), null,
                            e.markedBy())), sequence);
            case StageDueSoon e -> view.with(view.status(), view.notApplicable(),
                    added(view.clocks(), new Fired(e.stageId(), e.percent(), e.dueAt(), e.recordedAt())),
                    added(view.history(), new Change(e.recordedAt(), "DUE_SOON", e.percent() + "% of the window of "
                            + e.stageId() + " has passed; due " + e.dueAt(), List.of(), null, SYSTEM)), sequence);
            case StageOverdue e -> view.with(view.status(), view.notApplicable(),
                    added(view.clocks(), new Fired(e.stageId(), 100, e.dueAt(), e.recordedAt())),
                    added(view.history(), new Change(e.recordedAt(), "OVERDUE", e.stageId() + " was due " + e.dueAt()
                            + " and is not submitted", List.of(), null, SYSTEM)), sequence);
            default -> view;
        };
    }

    /** Which obligation a recorded event is about, or null for one that touches none. */
    static UUID obligationOf(Object event) {
        return switch (event) {
            case ObligationFound e -> e.obligationId();
            case ObligationChanged e -> e.obligationId();
            case ObligationLapsed e -> e.obligation().obligationId();
            case ObligationSetAside e -> e.obligation().obligationId();
            case StageDueSoon e -> e.obligation().obligationId();
            case StageOverdue e -> e.obligation().obligationId();
            default -> null;
        };
    }

    /** With the incident's key and the next stage due as seen at {@code now}. */
    ObligationView reading(String incidentKey, Instant now) {
        return new ObligationView(id, incidentId, incidentKey, key, ruleId, regime, title, citation, ruleVersion, authority,
                clockStartFact, clockStartedAt, stages, explanation, status, notApplicable, clocks, history, recordedAt,
                version, next(now), outcomes());
    }

    private List<Submitted> outcomes() {
        return stages.stream().filter(s -> s.submittedAt() != null).map(s -> {
            Duration took = s.startsAt() == null ? null : Duration.between(s.startsAt(), s.submittedAt());
            if (s.dueAt() == null) {
                return new Submitted(s.id(), s.name(), s.submittedAt(), null, s.immediate(), false, null, null,
                        took == null ? null : took.toString());
            }
            Duration margin = Duration.between(s.submittedAt(), s.dueAt());
            boolean late = margin.isNegative();
            return new Submitted(s.id(), s.name(), s.submittedAt(), s.dueAt(), s.immediate(), late,
                    late ? margin.negated().toString() : null, late ? null : margin.toString(),
                    took == null ? null : took.toString());
        }).toList();
    }

    private Next next(Instant now) {
        if (!OPEN.equals(status)) {
            return null;
        }
        return stages.stream()
                .filter(s -> s.submittedAt() == null && (s.immediate() || s.dueAt() != null))
                .min(Comparator.comparing((Stage s) -> s.immediate() ? Instant.MIN : s.dueAt()))
                .map(s -> {
                    if (s.immediate()) {
                        return new Next(s.id(), s.name(), null, true, "PT0S", 0, false, null);
                    }
                    Duration left = Duration.between(now, s.dueAt());
                    boolean late = left.isNegative();
                    return new Next(s.id(), s.name(), s.dueAt(), false, left.toString(), left.toSeconds(), late,
                            late ? left.negated().toString() : null);
                })
                .orElse(null);
    }

    /** Sorts by time left: due now first, then the earliest deadline; those with none due last. */
    static final Comparator<ObligationView> BY_TIME_LEFT = Comparator.comparing((ObligationView v) ->
            v.next() == null ? Instant.MAX : v.next().immediate() ? Instant.MIN : v.next().dueAt())
            .thenComparing(ObligationView::title, Comparator.nullsLast(Comparator.naturalOrder()));

    private static ObligationView withTerms(ObligationView v, ObligationTerms t) {
        return new ObligationView(v.id(), v.incidentId(), null, t.key(), t.ruleId(), t.regime(), t.title(), t.citation(),
                t.ruleVersion(), new Authority(t.authorityJurisdiction(), t.authorityName(), t.authorityZone(),
                t.authorityConfigured()), t.clockStartFact(), t.clockStartedAt(), t.stages(), t.explanation(), v.status(),
                v.notApplicable(), v.clocks(), v.history(), v.recordedAt(), v.version(), null, null);
    }

    private ObligationView with(String newStatus, NotApplicable mark, List<Fired> fired, List<Change> changes,
                                long sequence) {
        return new ObligationView(id, incidentId, null, key, ruleId, regime, title, citation, ruleVersion, authority,
                clockStartFact, clockStartedAt, stages, explanation, newStatus, mark, fired, changes, recordedAt, sequence,
                null, null);
    }

    private static <T> List<T> added(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
