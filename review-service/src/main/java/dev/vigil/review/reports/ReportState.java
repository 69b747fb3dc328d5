package dev.vigil.review.reports;

import dev.vigil.contracts.governance.ControlLayer;
import dev.vigil.contracts.governance.ResidualRisk;
import dev.vigil.contracts.incident.DecisionKind;
import dev.vigil.contracts.incident.DecisionLogged;
import dev.vigil.contracts.incident.ImpactAssessed;
import dev.vigil.contracts.incident.IncidentCommanderAssigned;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentRoleAssigned;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.IncidentStatusChanged;
import dev.vigil.contracts.incident.KillSwitchScope;
import dev.vigil.contracts.incident.ParticipantJoined;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.incident.SeverityChanged;
import dev.vigil.contracts.notification.NotificationSubmitted;
import dev.vigil.contracts.notification.ObligationMarkedNotApplicable;
import dev.vigil.contracts.notification.ObligationRecorded;
import dev.vigil.contracts.notification.ObligationRevised;
import dev.vigil.contracts.notification.ObligationWithdrawn;
import dev.vigil.contracts.notification.StageDeadline;
import dev.vigil.contracts.policy.AiSystemRecorded;
import dev.vigil.contracts.policy.IncidentOnExceptedSystem;
import dev.vigil.contracts.policy.PolicyExceptionChanged;
import dev.vigil.contracts.review.ActionItemDueDateChanged;
import dev.vigil.contracts.review.ActionItemRecorded;
import dev.vigil.contracts.review.ActionItemStatus;
import dev.vigil.contracts.review.ActionItemStatusChanged;
import dev.vigil.contracts.review.FactorCategory;
import dev.vigil.contracts.review.PostIncidentReviewPublished;
import dev.vigil.contracts.review.ReviewOpened;
import dev.vigil.review.events.FactorAdded;
import dev.vigil.review.events.FactorWithdrawn;
import dev.vigil.review.reports.facts.ReportFact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the reports count, folded from the facts in their order. Each record keeps the times of its changes,
 * so that a figure can be taken at any instant within what the facts say. Built fresh for every report.
 */
final class ReportState {

    final Map<UUID, Incident> incidents = new LinkedHashMap<>();
    final Map<UUID, Review> reviews = new LinkedHashMap<>();
    final Map<UUID, Item> items = new LinkedHashMap<>();
    final Map<UUID, Waiver> waivers = new LinkedHashMap<>();
    final List<ExceptedIncident> exceptedIncidents = new ArrayList<>();
    final Map<UUID, Obligation> obligations = new LinkedHashMap<>();
    final Map<UUID, Factor> factors = new LinkedHashMap<>();
    /** The team owning each AI system, as the inventory last said (systems published before teams were: none). */
    final Map<String, String> systemTeams = new HashMap<>();

    static final class Incident {
        UUID id;
        String key;
        String title;
        String systemId;
        String category;
        boolean restricted;
        boolean exercise;
        Instant declaredAt;
        final List<Step<Severity>> severities = new ArrayList<>();
        String realisation;
        final Set<String> participants = new HashSet<>();
        Instant acknowledgedAt;
        Instant containedAt;
        Instant resolvedAt;
        final List<Decision> containments = new ArrayList<>();

        Severity severityAt(Instant at) {
            Severity s = severities.getFirst().value();
            for (Step<Severity> step : severities) {
                if (!step.at().isAfter(at)) {
                    s = step.value();
                }
            }
            return s;
        }

        Severity severity() {
            return severities.getLast().value();
        }
    }

    record Step<T>(T value, Instant at) {
    }

    /** A containment step of an incident: a kill switch (with its scope and target) or a rollback. */
    record Decision(DecisionKind kind, KillSwitchScope scope, String target, Instant at) {
        String containmentKind() {
            return kind == DecisionKind.KILL_SWITCH ? "KILL_SWITCH/" + (scope == null ? "?" : scope.name()) : kind.name();
        }
    }

    static final class Review {
        UUID id;
        UUID incidentId;
        String incidentKey;
        Instant openedAt;
        Instant publishedAt;
    }

    static final class Item {
        UUID id;
        /** The id as text, made once: it names the item in a figure's records, and orders them. */
        String idText;
        /** The incident it belongs to, when known (linked once the facts are folded). */
        Incident incident;
        UUID reviewId;
        UUID incidentId;
        String title;
        String team;
        Instant recordedAt;
        final List<Step<Instant>> dueDates = new ArrayList<>();
        final List<Step<ActionItemStatus>> statuses = new ArrayList<>();
        final List<Instant> accepted = new ArrayList<>();

        ActionItemStatus statusAt(Instant at) {
            ActionItemStatus s = ActionItemStatus.OPEN;
            for (Step<ActionItemStatus> step : statuses) {
                if (!step.at().isAfter(at)) {
                    s = step.value();
                }
            }
            return s;
        }

        Instant dueAt(Instant at) {
            Instant d = dueDates.isEmpty() ? null : dueDates.getFirst().value();
            for (Step<Instant> step : dueDates) {
                if (!step.at().isAfter(at)) {
                    d = step.value();
                }
            }
            return d;
        }

        boolean openAt(Instant at) {
            return !recordedAt.isAfter(at) && statusAt(at).open();
        }
    }

    static final class Waiver {
        UUID id;
        String key;
        List<String> systemIds = List.of();
        final List<Change> changes = new ArrayList<>();

        Change at(Instant at) {
            Change c = null;
            for (Change change : changes) {
                if (!change.at().isAfter(at)) {
                    c = change;
                }
            }
            return c;
        }
    }

    /** One move of an exception; likelihood and impact are null on events published before they were. */
    record Change(String change, String status, ResidualRisk rating, Integer likelihood, Integer impact,
                  Instant expiresAt, boolean needsReReview, Instant at) {
        boolean ratedByFactors() {
            return likelihood != null && impact != null;
        }

        int score() {
            return ratedByFactors() ? likelihood * impact : 0;
        }

        boolean activeAt(Instant when) {
            return ("APPROVED".equals(status) || "RENEWED".equals(status))
                    && (expiresAt == null || expiresAt.isAfter(when));
        }
    }

    record ExceptedIncident(UUID incidentId, String incidentKey, String systemId, String exceptionKey,
                            Instant occurredAt) {
    }

    static final class Obligation {
        UUID id;
        UUID incidentId;
        String regime;
        String title;
        Instant recordedAt;
        List<StageDeadline> stages = List.of();
        Instant withdrawnAt;
        Instant notApplicableAt;
        final List<NotificationSubmitted> submissions = new ArrayList<>();

        boolean openAt(Instant at) {
            return !recordedAt.isAfter(at) && (withdrawnAt == null || withdrawnAt.isAfter(at))
                    && (notApplicableAt == null || notApplicableAt.isAfter(at)) && !pendingStages(at).isEmpty();
        }

        List<StageDeadline> pendingStages(Instant at) {
            return stages.stream().filter(s -> submissions.stream()
                    .noneMatch(n -> s.stageId().equals(n.stageId()) && !n.submittedAt().isAfter(at))).toList();
        }
    }

    static final class Factor {
        UUID id;
        UUID reviewId;
        FactorCategory category;
        ControlLayer layer;
        String controlId;
        Instant addedAt;
        Instant withdrawnAt;

        boolean standsAt(Instant at) {
            return !addedAt.isAfter(at) && (withdrawnAt == null || withdrawnAt.isAfter(at));
        }
    }

    static ReportState of(List<ReportFact> facts) {
        ReportState s = new ReportState();
        facts.forEach(f -> s.apply(f.event()));
        s.items.values().forEach(item -> item.incident = item.incidentId == null ? null
                : s.incidents.get(item.incidentId));
        return s;
    }

    private void apply(Object event) {
        switch (event) {
            case IncidentDeclared e -> incidents.computeIfAbsent(e.incidentId(), id -> {
                Incident i = new Incident();
                i.id = id;
                i.key = e.key();
                i.title = e.title();
                i.systemId = e.systemId();
                i.category = e.category().name();
                i.restricted = e.restricted();
                i.exercise = Boolean.TRUE.equals(e.exercise());
                i.declaredAt = e.declaredAt();
                i.severities.add(new Step<>(e.severity(), e.declaredAt()));
                return i;
            });
            case SeverityChanged e -> {
                Incident i = incident(e.incidentId());
                if (i != null) {
                    i.severities.add(new Step<>(e.to(), e.changedAt()));
                }
            }
            case IncidentStatusChanged e -> {
                Incident i = incident(e.incidentId());
                if (i != null && e.to() == IncidentStatus.CONTAINED && i.containedAt == null) {
                    i.containedAt = e.changedAt();
                }
                if (i != null && e.to() == IncidentStatus.RESOLVED && i.resolvedAt == null) {
                    i.resolvedAt = e.changedAt();
                    if (i.containedAt == null) {
                        i.containedAt = e.changedAt();
                    }
                }
            }
            case IncidentCommanderAssigned e -> {
                Incident i = incident(e.incidentId());
                if (i != null) {
                    i.participants.add(e.commander().subject());
                    if (i.acknowledgedAt == null) {
                        i.acknowledgedAt = e.assignedAt();
                    }
                }
            }
            case IncidentRoleAssigned e -> participant(e.incidentId(), e.person().subject());
            case ParticipantJoined e -> participant(e.incidentId(), e.participant().subject());
            case ImpactAssessed e -> {
                Incident i = incident(e.incidentId());
                if (i != null && e.assessment() != null && e.assessment().realisation() != null) {
                    i.realisation = e.assessment().realisation().name();
                }
            }
            case DecisionLogged e -> {
                Incident i = incident(e.incidentId());
                if (i != null && e.kind() != DecisionKind.GENERAL) {
                    i.containments.add(new Decision(e.kind(), e.killSwitchScope(),
                            e.kind() == DecisionKind.KILL_SWITCH ? e.killSwitchTarget() : e.rollbackToModelVersion(),
                            e.decidedAt()));
                }
            }
            case ReviewOpened e -> reviews.computeIfAbsent(e.reviewId(), id -> {
                Review r = new Review();
                r.id = id;
                r.incidentId = e.incidentId();
                r.incidentKey = e.incidentKey();
                r.openedAt = e.openedAt();
                return r;
            });
            case PostIncidentReviewPublished e -> {
                Review r = reviews.get(e.reviewId());
                if (r != null && r.publishedAt == null) {
                    r.publishedAt = e.publishedAt();
                }
            }
            case ActionItemRecorded e -> items.computeIfAbsent(e.actionItemId(), id -> {
                Item i = new Item();
                i.id = id;
                i.idText = id.toString();
                i.reviewId = e.reviewId();
                i.incidentId = e.incidentId();
                i.title = e.title();
                i.team = e.team() == null || e.team().isBlank() ? "(no team)" : e.team();
                i.recordedAt = e.recordedAt();
                i.dueDates.add(new Step<>(e.dueAt(), e.recordedAt()));
                return i;
            });
            case ActionItemStatusChanged e -> {
                Item i = items.get(e.actionItemId());
                if (i != null) {
                    i.statuses.add(new Step<>(e.status(), e.changedAt()));
                    if (e.status() == ActionItemStatus.WONT_DO && e.riskAccepted()) {
                        i.accepted.add(e.changedAt());
                    }
                }
            }
            case ActionItemDueDateChanged e -> {
                Item i = items.get(e.actionItemId());
                if (i != null) {
                    i.dueDates.add(new Step<>(e.to(), e.changedAt()));
                }
            }
            case AiSystemRecorded e -> {
                if (e.team() == null || e.team().isBlank()) {
                    systemTeams.remove(e.systemId());
                } else {
                    systemTeams.put(e.systemId(), e.team());
                }
            }
            case PolicyExceptionChanged e -> {
                Waiver w = waivers.computeIfAbsent(e.exceptionId(), id -> {
                    Waiver n = new Waiver();
                    n.id = id;
                    return n;
                });
                w.key = e.key();
                w.systemIds = e.systemIds();
                w.changes.add(new Change(e.change(), e.status(), e.rating(), e.likelihood(), e.impact(), e.expiresAt(),
                        e.needsReReview(), e.changedAt()));
            }
            case IncidentOnExceptedSystem e -> exceptedIncidents.add(new ExceptedIncident(e.incidentId(), e.incidentKey(),
                    e.systemId(), e.exceptionKey(), e.occurredAt()));
            case ObligationRecorded e -> obligations.computeIfAbsent(e.obligationId(), id -> {
                Obligation o = new Obligation();
                o.id = id;
                o.incidentId = e.incidentId();
                o.regime = e.regime();
                o.title = e.title();
                o.recordedAt = e.recordedAt();
                o.stages = e.stages();
                return o;
            });
            case ObligationRevised e -> {
                Obligation o = obligations.get(e.obligationId());
                if (o != null) {
                    o.stages = e.stages();
                }
            }
            case ObligationWithdrawn e -> {
                Obligation o = obligations.get(e.obligationId());
                if (o != null && o.withdrawnAt == null) {
                    o.withdrawnAt = e.withdrawnAt();
                }
            }
            case ObligationMarkedNotApplicable e -> {
                Obligation o = obligations.get(e.obligationId());
                if (o != null && o.notApplicableAt == null) {
                    o.notApplicableAt = e.markedAt();
                }
            }
            case NotificationSubmitted e -> {
                Obligation o = obligations.get(e.obligationId());
                if (o != null) {
                    o.submissions.add(e);
                }
            }
            case FactorAdded e -> factors.computeIfAbsent(e.factorId(), id -> {
                Factor f = new Factor();
                f.id = id;
                f.reviewId = e.reviewId();
                f.category = e.category();
                f.layer = e.layer();
                f.controlId = e.controlId();
                f.addedAt = e.addedAt();
                return f;
            });
            case FactorWithdrawn e -> {
                Factor f = factors.get(e.factorId());
                if (f != null && f.withdrawnAt == null) {
                    f.withdrawnAt = e.withdrawnAt();
                }
            }
            default -> {
            }
        }
    }

    private Incident incident(UUID id) {
        return id == null ? null : incidents.get(id);
    }

    private void participant(UUID incidentId, String subject) {
        Incident i = incident(incidentId);
        if (i != null) {
            i.participants.add(subject);
        }
    }
}
