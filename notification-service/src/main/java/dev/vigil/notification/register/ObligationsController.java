package dev.vigil.notification.register;

import dev.vigil.contracts.incident.Person;
import dev.vigil.knownincidents.KnownIncident;
import dev.vigil.knownincidents.KnownIncidents;
import dev.vigil.notification.assessment.CaseInputs;
import dev.vigil.notification.assessment.EngineTerms;
import dev.vigil.notification.assessment.ObligationCommands.MarkNotApplicable;
import dev.vigil.notification.determinations.DeterminationViews;
import dev.vigil.notification.obligations.Obligations;
import dev.vigil.notification.obligations.Regime;
import dev.vigil.notification.obligations.RuleAssessment;
import dev.vigil.notification.obligations.Submission;
import dev.vigil.platform.problem.InputRules;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import dev.vigil.platform.web.Ids;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The obligations register: every obligation by time left ({@code GET /api/obligations}), one
 * incident's now or as of an instant, with every rule's verdict on request
 * ({@code GET /api/incidents/{id}/obligations}), and compliance's "not applicable" mark. Restricted
 * incidents and their obligations exist only for those who may know them.
 */
@RestController
class ObligationsController {

    static final List<String> STATUSES = List.of(ObligationView.OPEN, ObligationView.NOT_APPLICABLE,
            ObligationView.WITHDRAWN);

    record Justification(String justification) {
    }

    /** One incident's obligations; {@code assessments} (every rule's verdict) only with {@code explainAll=true}. */
    record IncidentObligations(UUID incidentId, String incidentKey, Instant asOf, List<ObligationView> obligations,
                               List<RuleAssessment> assessments) {
    }

    private final ObligationBook book;
    private final KnownIncidents incidents;
    private final CommandGateway commands;
    private final Obligations engine;
    private final CaseInputs inputs;
    private final DeterminationViews determinations;
    private final Clock clock;

    ObligationsController(ObligationBook book, KnownIncidents incidents, CommandGateway commands, Obligations engine,
                          CaseInputs inputs, DeterminationViews determinations, Clock clock) {
        this.book = book;
        this.incidents = incidents;
        this.commands = commands;
        this.engine = engine;
        this.inputs = inputs;
        this.determinations = determinations;
        this.clock = clock;
    }

    @GetMapping("/api/obligations")
    List<ObligationView> list(@RequestParam(required = false) String regime,
                              @RequestParam(required = false) String status,
                              @RequestParam(required = false) String incident,
                              @RequestParam(required = false) Instant dueBefore) {
        List<String> regimes = Arrays.stream(Regime.values()).map(Enum::name).toList();
        InputRules rules = new InputRules();
        if (regime != null && !regimes.contains(regime)) {
            rules.violation("regime", "one-of", "regime is one of " + regimes);
        }
        if (status != null && !STATUSES.contains(status)) {
            rules.violation("status", "one-of", "status is one of " + STATUSES);
        }
        rules.check();
        Actor viewer = CurrentActor.require();
        Optional<UUID> only = Optional.ofNullable(incident).map(i -> incident(viewer, i).id());
        Instant now = clock.instant();
        Map<UUID, Optional<KnownIncident>> visible = new HashMap<>();
        return (only.isPresent() ? book.ofIncident(only.get()) : book.all()).stream()
                .filter(v -> regime == null || regime.equals(v.regime()))
                .filter(v -> status == null || status.equals(v.status()))
                .map(v -> visible.computeIfAbsent(v.incidentId(), id -> incidents.find(viewer, id.toString()))
                        .map(known -> v.reading(known.key(), now)).orElse(null))
                .filter(v -> v != null)
                .filter(v -> dueBefore == null || v.next() != null
                        && (v.next().immediate() || v.next().dueAt().isBefore(dueBefore)))
                .sorted(ObligationView.BY_TIME_LEFT)
                .toList();
    }

    @GetMapping("/api/incidents/{id}/obligations")
    IncidentObligations ofIncident(@PathVariable String id, @RequestParam(required = false) Instant asOf,
                                   @RequestParam(defaultValue = "false") boolean explainAll) {
        KnownIncident known = incident(CurrentActor.require(), id);
        Instant at = asOf == null ? clock.instant() : asOf;
        List<ObligationView> obligations = (asOf == null ? book.ofIncident(known.id()) : book.asOf(known.id(), asOf))
                .stream().map(v -> v.reading(known.key(), at)).sorted(ObligationView.BY_TIME_LEFT).toList();
        List<RuleAssessment> assessments = null;
        if (explainAll) {
            CaseInputs.Inputs facts = inputs.of(known.id());
            // the stages already submitted, so the stages that count from them show their deadlines here too
            List<Submission> submitted = book.ofIncident(known.id()).stream().flatMap(v -> v.stages().stream()
                    .filter(s -> s.submittedAt() != null)
                    .map(s -> new Submission(v.ruleId(), v.authority().jurisdiction(), s.id(), s.submittedAt())))
                    .toList();
            assessments = engine.explainAll(facts.profile(), facts.system(), facts.incident(),
                    EngineTerms.engine(determinations.of(known.id()).determinations()), submitted);
        }
        return new IncidentObligations(known.id(), known.key(), asOf, obligations, assessments);
    }

    /** Compliance marks an obligation not applicable; the justification stays on the record. */
    @PostMapping("/api/obligations/{id}/not-applicable")
    ObligationView markNotApplicable(@PathVariable String id, @RequestBody(required = false) Justification body) {
        Actor actor = CurrentActor.require();
        ObligationView view = Ids.uuid(id).flatMap(book::find)
                .filter(v -> incidents.find(actor, v.incidentId().toString()).isPresent())
                .orElseThrow(() -> new NotFoundException("Obligation", id));
        String justification = body == null ? null : body.justification();
        new InputRules().text("justification", justification, true, InputRules.TEXT_MAX).check();
        commands.sendAndWait(new MarkNotApplicable(view.incidentId(), view.id(), justification,
                new Person(actor.subject(), actor.displayName())));
        KnownIncident known = incidents.find(actor, view.incidentId().toString()).orElseThrow();
        return book.find(view.id()).orElseThrow().reading(known.key(), clock.instant());
    }

    private KnownIncident incident(Actor viewer, String idOrKey) {
        return incidents.find(viewer, idOrKey).orElseThrow(() -> new NotFoundException("Incident", idOrKey));
    }
}
