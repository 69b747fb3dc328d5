package dev.vigil.notification.assessment;

import dev.vigil.notification.assessment.DraftCommands.AcknowledgeSubmission;
import dev.vigil.notification.assessment.DraftCommands.ApproveDraft;
import dev.vigil.notification.assessment.DraftCommands.CreateDraft;
import dev.vigil.notification.assessment.DraftCommands.EditDraft;
import dev.vigil.notification.assessment.DraftCommands.SubmitDraft;
import dev.vigil.notification.assessment.Drafting.Draft;
import dev.vigil.notification.assessment.ObligationChanges.Held;
import dev.vigil.notification.assessment.ObligationChanges.Status;
import dev.vigil.notification.assessment.ObligationCommands.FireClock;
import dev.vigil.notification.assessment.ObligationCommands.MarkNotApplicable;
import dev.vigil.notification.assessment.ObligationCommands.Reassess;
import dev.vigil.notification.assessment.ObligationCommands.RecordDeterminations;
import dev.vigil.notification.events.CaseOpened;
import dev.vigil.notification.events.Determinations;
import dev.vigil.notification.events.DeterminationsRecorded;
import dev.vigil.notification.events.DraftAcknowledged;
import dev.vigil.notification.events.DraftApproved;
import dev.vigil.notification.events.DraftCreated;
import dev.vigil.notification.events.DraftEdited;
import dev.vigil.notification.events.DraftRef;
import dev.vigil.notification.events.DraftSubmitted;
import dev.vigil.notification.events.ObligationChanged;
import dev.vigil.notification.events.ObligationFound;
import dev.vigil.notification.events.ObligationLapsed;
import dev.vigil.notification.events.ObligationRef;
import dev.vigil.notification.events.ObligationSetAside;
import dev.vigil.notification.events.ObligationTerms;
import dev.vigil.notification.events.ObligationTerms.Reason;
import dev.vigil.notification.events.StageDueSoon;
import dev.vigil.notification.events.StageOverdue;
import dev.vigil.notification.obligations.Applicability;
import dev.vigil.notification.obligations.Obligation;
import dev.vigil.notification.obligations.Obligations;
import dev.vigil.notification.obligations.RuleAssessment;
import dev.vigil.notification.obligations.Submission;
import dev.vigil.platform.problem.ConflictException;
import dev.vigil.platform.problem.NotFoundException;
import dev.vigil.platform.scheduling.PersistentScheduler;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One incident's regulatory obligations: compliance's determinations, the obligations the rules
 * compute from every fact (each found, changed or lapsed with the fact that caused it), the marks of
 * "not applicable", the clocks that fired, and the notifications drafted, approved and submitted for
 * their stages (a submission is a fact too: the stages that count from it get their deadlines). The
 * first fact about an incident opens it.
 */
@Aggregate(type = IncidentObligations.TYPE)
class IncidentObligations {

    static final String TYPE = ObligationIds.AGGREGATE_TYPE;

    @AggregateIdentifier
    private UUID incidentId;
    private Determinations determinations = Determinations.none();
    private int determinationRevision;
    private final Map<String, Held> obligations = new LinkedHashMap<>();
    private final Set<String> clocksFired = new HashSet<>();
    private final Map<UUID, Draft> drafts = new LinkedHashMap<>();
    private final List<Submission> submissions = new ArrayList<>();

    IncidentObligations() {
        // rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(Reassess command, CaseInputs inputs, Obligations engine, Clock clock, PersistentScheduler scheduler) {
        Instant now = clock.instant();
        open(command.incidentId(), now);
        reassess(inputs, engine, command.cause(), now, scheduler);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordDeterminations command, CaseInputs inputs, Obligations engine, Clock clock,
                PersistentScheduler scheduler) {
        Determinations merged = DeterminationRules.merge(determinations, command.determinations());
        List<String> changed = DeterminationRules.changed(determinations, merged);
        DeterminationRules.check(merged, changed);
        Instant now = clock.instant();
        open(command.incidentId(), now);
        int revision = determinationRevision + 1;
        String reason = command.reason().strip();
        apply(new DeterminationsRecorded(command.incidentId(), revision, merged, changed, reason, command.by(), now));
        reassess(inputs, engine, "determinations revision " + revision + " by " + command.by().subject() + " ("
                + String.join(", ", changed) + "): " + reason, now, scheduler);
    }

    /** Stays on the record; a recomputation still revises its terms, but its clocks stay silent. */
    @CommandHandler
    void handle(MarkNotApplicable command, Clock clock) {
        Held held = held(command.obligationId());
        if (held.status() != Status.OPEN) {
            throw new ConflictException("not-open", "obligation " + held.terms().key() + " is " + held.status()
                    + ": only an open obligation can be marked not applicable", Map.of("status", held.status()));
        }
        apply(new ObligationSetAside(incidentId, ObligationChanges.ref(held), command.justification().strip(),
                command.by(), clock.instant()));
    }

    /**
     * A clock fires only for the deadline it was set for, on an obligation still open and a stage not
     * submitted, once: a moved deadline, a lapse, a mark or a second execution records nothing.
     */
    @CommandHandler
    void handle(FireClock command, Clock clock) {
        Held held = obligations.get(command.key());
        if (held == null || held.status() != Status.OPEN || clocksFired.contains(fired(command))) {
            return;
        }
        ObligationTerms.Stage stage = held.terms().stages().stream()
                .filter(s -> s.id().equals(command.stageId()) && command.dueAt().equals(s.dueAt())
                        && s.submittedAt() == null && s.startsAt() != null)
                .findFirst().orElse(null);
        Instant now = clock.instant();
        if (stage == null || now.isBefore(ObligationClock.at(stage.startsAt(), stage.dueAt(), command.percent()))) {
            return;
        }
        if (command.percent() >= ObligationClock.OVERDUE) {
            apply(new StageOverdue(incidentId, ObligationChanges.ref(held), stage.id(), stage.dueAt(), now));
        } else {
            apply(new StageDueSoon(incidentId, ObligationChanges.ref(held), stage.id(), command.percent(),
                    stage.dueAt(), now));
        }
    }

    /** One draft per stage of an open obligation not yet submitted. */
    @CommandHandler
    void handle(CreateDraft command, Clock clock) {
        Held held = held(command.obligationId());
        if (held.status() != Status.OPEN) {
            throw new ConflictException("not-open", "obligation " + held.terms().key() + " is " + held.status()
                    + ": only an open obligation's stages are notified", Map.of("status", held.status()));
        }
        ObligationTerms.Stage stage = held.terms().stages().stream().filter(s -> s.id().equals(command.stageId()))
                .findFirst().orElseThrow(() -> new NotFoundException("Stage", command.stageId()));
        if (stage.submittedAt() != null) {
            throw new ConflictException("stage-submitted", "stage " + stage.id() + " was submitted at "
                    + stage.submittedAt(), Map.of("submittedAt", stage.submittedAt()));
        }
        UUID draftId = ObligationIds.draft(held.id(), stage.id());
        if (drafts.containsKey(draftId)) {
            throw new ConflictException("draft-exists", "stage " + stage.id() + " already has a draft: edit it",
                    Map.of("draftId", draftId));
        }
        DraftRef ref = new DraftRef(draftId, ObligationChanges.ref(held), stage.id(), stage.name(),
                held.terms().authorityName());
        apply(new DraftCreated(incidentId, ref, command.template(), command.document(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(EditDraft command, Clock clock) {
        apply(Drafting.edit(incidentId, draft(command.draftId()), command.expectedRevision(), command.document(),
                command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(ApproveDraft command, Clock clock) {
        apply(Drafting.approve(incidentId, draft(command.draftId()), command.expectedRevision(), command.by(),
                clock.instant()));
    }

    /**
     * The submission is recorded against the stage's deadline as it stands, and becomes a fact of the
     * obligations: the stage is submitted, and those counting from it get their deadlines and clocks.
     */
    @CommandHandler
    void handle(SubmitDraft command, CaseInputs inputs, Obligations engine, Clock clock, PersistentScheduler scheduler) {
        Draft draft = draft(command.draftId());
        Instant now = clock.instant();
        ObligationTerms.Stage stage = obligations.containsKey(draft.obligationKey())
                ? obligations.get(draft.obligationKey()).terms().stages().stream()
                        .filter(s -> s.id().equals(draft.ref().stageId())).findFirst().orElse(null)
                : null;
        apply(Drafting.submit(incidentId, draft, command.revision(), command.channel(), command.authorityReference(),
                command.submittedAt(), command.format(), command.sha256(), stage == null ? null : stage.dueAt(),
                stage != null && stage.immediate(), command.by(), now));
        reassess(inputs, engine, "submission of " + draft.ref().stageId() + " (" + draft.obligationKey() + ") by "
                + command.by().subject() + " at " + command.submittedAt() + " via " + command.channel()
                + ", reference " + command.authorityReference(), now, scheduler);
    }

    @CommandHandler
    void handle(AcknowledgeSubmission command, Clock clock) {
        apply(Drafting.acknowledge(incidentId, draft(command.draftId()), command.reference(), command.receivedAt(),
                command.by(), clock.instant()));
    }

    private Held held(UUID obligationId) {
        return obligations.values().stream().filter(h -> h.id().equals(obligationId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Obligation", obligationId.toString()));
    }

    private Draft draft(UUID draftId) {
        Draft draft = drafts.get(draftId);
        if (draft == null) {
            throw new NotFoundException("Draft", draftId.toString());
        }
        return draft;
    }

    private void open(UUID id, Instant now) {
        if (incidentId == null) {
            apply(new CaseOpened(id, now));
        }
    }

    private void reassess(CaseInputs inputs, Obligations engine, String cause, Instant now,
                          PersistentScheduler scheduler) {
        CaseInputs.Inputs facts = inputs.of(incidentId);
        List<RuleAssessment> assessments = engine.explainAll(facts.profile(), facts.system(), facts.incident(),
                EngineTerms.engine(determinations), submissions);
        Map<String, ObligationTerms> computed = new LinkedHashMap<>();
        Map<String, List<Reason>> whyNot = new LinkedHashMap<>();
        for (RuleAssessment assessment : assessments) {
            for (Obligation obligation : assessment.obligations()) {
                computed.put(obligation.key(), EngineTerms.terms(obligation));
            }
            if (assessment.applicability() != Applicability.APPLIES) {
                whyNot.put(assessment.ruleId(), EngineTerms.reasons(assessment.findings()));
            }
        }
        for (Object event : ObligationChanges.between(incidentId, obligations, computed, whyNot, cause, now)) {
            apply(event);
        }
        // every deadline the obligations now hold has its clocks; one already set is not set twice
        obligations.values().stream().filter(h -> h.status() == Status.OPEN)
                .forEach(h -> schedule(h.terms(), now, scheduler));
    }

    private void schedule(ObligationTerms terms, Instant now, PersistentScheduler scheduler) {
        for (ObligationTerms.Stage stage : terms.stages()) {
            if (stage.dueAt() == null || stage.startsAt() == null || stage.submittedAt() != null) {
                continue;
            }
            for (int percent : ObligationClock.DUE_SOON) {
                Instant at = ObligationClock.at(stage.startsAt(), stage.dueAt(), percent);
                if (at.isAfter(now)) {
                    scheduler.schedule(ObligationClock.instance(incidentId, terms.key(), stage.id(), stage.dueAt(),
                            percent), at);
                }
            }
            // an obligation learnt of after its deadline is overdue at once; one already overdue is not set again
            if (!clocksFired.contains(fired(terms.key(), stage.id(), stage.dueAt(), ObligationClock.OVERDUE))) {
                scheduler.schedule(ObligationClock.instance(incidentId, terms.key(), stage.id(), stage.dueAt(),
                        ObligationClock.OVERDUE), stage.dueAt());
            }
        }
    }

    private static String fired(FireClock command) {
        return fired(command.key(), command.stageId(), command.dueAt(), command.percent());
    }

    private static String fired(String key, String stageId, Instant dueAt, int percent) {
        return key + "|" + stageId + "|" + dueAt + "|" + percent;
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        incidentId = event.incidentId();
    }

    @EventSourcingHandler
    void on(DeterminationsRecorded event) {
        incidentId = event.incidentId();
        determinations = event.determinations();
        determinationRevision = event.revision();
    }

    @EventSourcingHandler
    void on(ObligationFound event) {
        obligations.put(event.terms().key(), new Held(event.obligationId(), event.terms(), Status.OPEN));
    }

    @EventSourcingHandler
    void on(ObligationChanged event) {
        Held before = obligations.get(event.terms().key());
        Status status = before.status() == Status.NOT_APPLICABLE ? Status.NOT_APPLICABLE : Status.OPEN;
        obligations.put(event.terms().key(), new Held(event.obligationId(), event.terms(), status));
    }

    @EventSourcingHandler
    void on(ObligationLapsed event) {
        Held before = obligations.get(event.obligation().key());
        obligations.put(before.terms().key(), new Held(before.id(), before.terms(), Status.LAPSED));
    }

    @EventSourcingHandler
    void on(ObligationSetAside event) {
        Held before = obligations.get(event.obligation().key());
        obligations.put(before.terms().key(), new Held(before.id(), before.terms(), Status.NOT_APPLICABLE));
    }

    @EventSourcingHandler
    void on(StageDueSoon event) {
        clocksFired.add(fired(event.obligation().key(), event.stageId(), event.dueAt(), event.percent()));
    }

    @EventSourcingHandler
    void on(StageOverdue event) {
        clocksFired.add(fired(event.obligation().key(), event.stageId(), event.dueAt(), ObligationClock.OVERDUE));
    }

    @EventSourcingHandler
    void on(DraftCreated event) {
        drafts.put(event.draft().draftId(), new Draft(event.draft(), event.draft().obligation().key(), event.document(),
                1, Set.of(event.draftedBy().subject()), null, null, null, false));
    }

    @EventSourcingHandler
    void on(DraftEdited event) {
        drafts.computeIfPresent(event.draft().draftId(), (id, d) -> d.edited(event.document(), event.revision(),
                event.editedBy().subject()));
    }

    @EventSourcingHandler
    void on(DraftApproved event) {
        drafts.computeIfPresent(event.draft().draftId(), (id, d) -> d.approved(event.revision(), event.approvedAt()));
    }

    @EventSourcingHandler
    void on(DraftSubmitted event) {
        drafts.computeIfPresent(event.draft().draftId(), (id, d) -> d.submitted(event.submittedAt()));
        ObligationRef obligation = event.draft().obligation();
        submissions.add(new Submission(obligation.ruleId(), obligation.authorityJurisdiction(), event.draft().stageId(),
                event.submittedAt()));
    }

    @EventSourcingHandler
    void on(DraftAcknowledged event) {
        drafts.computeIfPresent(event.draft().draftId(), (id, d) -> d.withAcknowledgement());
    }
}
