package dev.vigil.review.reports;

import dev.vigil.contracts.governance.ControlLayer;
import dev.vigil.contracts.governance.ResidualRisk;
import dev.vigil.contracts.incident.DecisionKind;
import dev.vigil.contracts.incident.DecisionLogged;
import dev.vigil.contracts.incident.DetectionSource;
import dev.vigil.contracts.incident.HarmRealisation;
import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.contracts.incident.ImpactAssessed;
import dev.vigil.contracts.incident.ImpactAssessment;
import dev.vigil.contracts.incident.IncidentCommanderAssigned;
import dev.vigil.contracts.incident.IncidentDeclared;
import dev.vigil.contracts.incident.IncidentStatus;
import dev.vigil.contracts.incident.IncidentStatusChanged;
import dev.vigil.contracts.incident.KillSwitchScope;
import dev.vigil.contracts.incident.ParticipantJoined;
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.incident.SeverityChanged;
import dev.vigil.contracts.notification.NotificationSubmitted;
import dev.vigil.contracts.notification.ObligationMarkedNotApplicable;
import dev.vigil.contracts.notification.ObligationRecorded;
import dev.vigil.contracts.notification.StageDeadline;
import dev.vigil.contracts.policy.AiSystemRecorded;
import dev.vigil.contracts.policy.IncidentOnExceptedSystem;
import dev.vigil.contracts.policy.PolicyExceptionChanged;
import dev.vigil.contracts.review.ActionItemDueDateChanged;
import dev.vigil.contracts.review.ActionItemPriority;
import dev.vigil.contracts.review.ActionItemRecorded;
import dev.vigil.contracts.review.ActionItemStatus;
import dev.vigil.contracts.review.ActionItemStatusChanged;
import dev.vigil.contracts.review.ActionItemType;
import dev.vigil.contracts.review.FactorCategory;
import dev.vigil.contracts.review.PostIncidentReviewPublished;
import dev.vigil.contracts.review.ReviewOpened;
import dev.vigil.review.events.FactorAdded;
import dev.vigil.review.events.FactorWithdrawn;
import dev.vigil.review.reports.facts.ReportFact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A small history whose October 2026 figures are worked out by hand in {@link CommitteeReportsTest}: three
 * incidents in October (one a repeat, one restricted), one in September, two drills, their reviews, action items,
 * three policy exceptions (one published before exceptions carried likelihood and impact) and three obligations. Each fact is recorded at the time its event says.
 */
final class SeededHistory {

    static final UUID A = id(1), B = id(2), C = id(3), D = id(4), E = id(5), F = id(6);
    static final UUID R0 = id(10), R1 = id(11), R2 = id(12);
    static final UUID I1 = id(21), I2 = id(22), I3 = id(23);
    static final UUID X1 = id(31), X2 = id(32), X3 = id(33);
    static final UUID O1 = id(41), O2 = id(42), O3 = id(43);
    static final UUID F1 = id(51), F2 = id(52), F3 = id(53);
    static final Person CARL = new Person("carl", "Carl Commander");
    static final Person RITA = new Person("rita", "Rita Responder");

    private final List<ReportFact> facts = new ArrayList<>();
    private int n;

    static UUID id(int n) {
        return UUID.fromString("00000000-0000-4000-8000-%012d".formatted(n));
    }

    static Instant t(String s) {
        return Instant.parse(s);
    }

    static List<ReportFact> facts() {
        return new SeededHistory().build();
    }

    private void add(String subject, Instant at, Object event) {
        String type = event instanceof FactorAdded || event instanceof FactorWithdrawn
                ? "review-service." + event.getClass().getSimpleName() : "vigil.x." + event.getClass().getSimpleName();
        facts.add(new ReportFact("event-%04d".formatted(++n), type, subject, (long) n, at, event));
    }

    private void declare(UUID id, String key, String system, HazardCategory category, Severity severity, Instant at,
                         boolean restricted, boolean exercise) {
        add(id.toString(), at, new IncidentDeclared(id, key, "Incident " + key, null, system, null, severity, category,
                DetectionSource.USER_REPORT, null, at, at, List.of("EU"), restricted, at, exercise));
    }

    private void command(UUID id, Instant at) {
        add(id.toString(), at, new IncidentCommanderAssigned(id, CARL, null, at));
    }

    private void status(UUID id, IncidentStatus to, Instant at) {
        add(id.toString(), at, new IncidentStatusChanged(id, IncidentStatus.INVESTIGATING, to, "r", at));
    }

    private void impact(UUID id, HarmRealisation realisation, Instant at) {
        add(id.toString(), at, new ImpactAssessed(id, 1, new ImpactAssessment(realisation, List.of(), 1L, false, false,
                false, 0, false, null, null, null), "first", at));
    }

    private void killSwitch(UUID id, KillSwitchScope scope, String target, Instant at) {
        add(id.toString(), at, new DecisionLogged(id, UUID.nameUUIDFromBytes((id + target).getBytes()),
                DecisionKind.KILL_SWITCH, "Switch off " + target, "drill", List.of(), CARL, scope, target, null, true, at));
    }

    private void item(UUID item, UUID review, UUID incident, String team, Instant at, Instant due) {
        add(item.toString(), at, new ActionItemRecorded(item, review, incident, "Item " + item, "owner", team,
                ActionItemType.PREVENT, ActionItemPriority.HIGH, due, at));
    }

    private void itemStatus(UUID item, ActionItemStatus from, ActionItemStatus to, boolean accepted, Instant at) {
        add(item.toString(), at, new ActionItemStatusChanged(item, null, null, "Item", from, to, accepted, "r",
                "owner", at));
    }

    /** {@code likelihood} and {@code impact} null: an event published before they were. */
    private void waiver(UUID id, String key, String change, String status, String system, ResidualRisk rating,
                        Integer likelihood, Integer impact, Instant expires, Instant at) {
        add(id.toString(), at, new PolicyExceptionChanged(id, key, change, status, List.of("CTL-1"), List.of(system),
                rating, likelihood, impact, "olga", List.of("cora"), expires, false, 0, null, at));
    }

    private void submitted(UUID incident, UUID obligation, String regime, String stage, Instant due, boolean late,
                           String lateBy, String margin, Instant at) {
        add(incident.toString(), at, new NotificationSubmitted(incident, UUID.nameUUIDFromBytes(stage.getBytes()),
                obligation, "rule", regime, "Notice", stage, "Authority", "PORTAL", "ref", "PDF", "sha", due, late,
                lateBy, margin, "cora", at, "summary"));
    }

    private List<ReportFact> build() {
        // the inventory: bot is the safety team's, search the platform team's
        for (String[] system : new String[][]{{"bot", "safety"}, {"search", "platform"}}) {
            add(system[0], t("2026-08-01T00:00:00Z"), new AiSystemRecorded(system[0], 1, system[0], "DEPLOYED",
                    java.util.Set.of(), dev.vigil.contracts.governance.RiskClass.HIGH_RISK, null, List.of("EU"),
                    List.of(), "NONE", false, false, false, "olga", system[1], "registered", t("2026-08-01T00:00:00Z")));
        }
        // September: C (previous period), drill F
        declare(F, "INC-2026-0000", "bot", HazardCategory.MODEL_MALFUNCTION, Severity.SEV3, t("2026-09-01T00:00:00Z"),
                false, true);
        killSwitch(F, KillSwitchScope.FEATURE, "dosage-answers", t("2026-09-01T00:30:00Z"));
        killSwitch(F, KillSwitchScope.MODEL, "chat", t("2026-09-01T00:40:00Z"));
        waiver(X1, "EXC-2026-0001", "APPROVED", "APPROVED", "bot", ResidualRisk.HIGH, 4, 3, t("2026-11-20T00:00:00Z"),
                t("2026-09-01T00:00:00Z"));
        waiver(X2, "EXC-2026-0002", "APPROVED", "APPROVED", "search", ResidualRisk.CRITICAL, 5, 4,
                t("2026-10-15T00:00:00Z"), t("2026-09-10T00:00:00Z"));
        declare(C, "INC-2026-0003", "search", HazardCategory.HARMFUL_CONTENT, Severity.SEV3, t("2026-09-15T00:00:00Z"),
                false, false);
        add(O3.toString(), t("2026-09-15T02:00:00Z"), new ObligationRecorded(C, O3, "gdpr-33", "GDPR", "Breach notice",
                "Art. 33", "DPA", "EU", List.of(new StageDeadline("notice", "Notice", t("2026-09-18T02:00:00Z"), false)),
                "s", "c", t("2026-09-15T02:00:00Z")));
        status(C, IncidentStatus.RESOLVED, t("2026-09-15T10:00:00Z"));
        add(R0.toString(), t("2026-09-15T10:00:00Z"), new ReviewOpened(R0, C, "INC-2026-0003", "Review", true,
                t("2026-09-15T10:00:00Z")));
        item(I3, R0, C, "platform", t("2026-09-20T00:00:00Z"), t("2026-09-30T00:00:00Z"));

        // October
        declare(A, "INC-2026-0001", "bot", HazardCategory.PRIVACY_LEAKAGE, Severity.SEV2, t("2026-10-02T10:00:00Z"),
                false, false);
        add(X1.toString(), t("2026-10-02T10:00:00Z"), new IncidentOnExceptedSystem(A, "INC-2026-0001", "bot", X1,
                "EXC-2026-0001", List.of("CTL-1"), t("2026-10-02T09:00:00Z")));
        command(A, t("2026-10-02T10:30:00Z"));
        impact(A, HarmRealisation.INCIDENT, t("2026-10-02T11:00:00Z"));
        status(A, IncidentStatus.CONTAINED, t("2026-10-02T12:00:00Z"));
        add(O1.toString(), t("2026-10-02T12:00:00Z"), new ObligationRecorded(A, O1, "ai-act-73", "EU_AI_ACT",
                "Serious incident report", "Art. 73", "MSA", "EU", List.of(
                new StageDeadline("initial", "Initial", t("2026-10-04T12:00:00Z"), false),
                new StageDeadline("final", "Final", t("2026-11-30T00:00:00Z"), false)), "s", "c",
                t("2026-10-02T12:00:00Z")));
        add(O3.toString(), t("2026-10-02T13:00:00Z"), new ObligationMarkedNotApplicable(C, O3, "gdpr-33", "GDPR",
                "Breach notice", "No personal data", "cora", t("2026-10-02T13:00:00Z")));
        status(A, IncidentStatus.RESOLVED, t("2026-10-03T10:00:00Z"));
        add(R1.toString(), t("2026-10-03T10:00:00Z"), new ReviewOpened(R1, A, "INC-2026-0001", "Review", true,
                t("2026-10-03T10:00:00Z")));
        submitted(A, O1, "EU_AI_ACT", "initial", t("2026-10-04T12:00:00Z"), false, null, "PT24H",
                t("2026-10-03T12:00:00Z"));
        // an exception whose event was published before likelihood and impact were: active, not rated by factors
        waiver(X3, "EXC-2026-0003", "APPROVED", "APPROVED", "search", ResidualRisk.MEDIUM, null, null,
                t("2027-03-01T00:00:00Z"), t("2026-10-04T00:00:00Z"));
        declare(E, "INC-2026-0004", "bot", HazardCategory.MODEL_MALFUNCTION, Severity.SEV3, t("2026-10-05T00:00:00Z"),
                false, true);
        command(E, t("2026-10-05T00:10:00Z"));
        killSwitch(E, KillSwitchScope.FEATURE, "dosage-answers", t("2026-10-05T01:00:00Z"));
        add(R1.toString(), t("2026-10-06T00:00:00Z"), new FactorAdded(R1, F1, FactorCategory.MONITORING_GAP,
                ControlLayer.MONITORING_DETECTION, "CTL-7", "no alert", CARL, t("2026-10-06T00:00:00Z")));
        add(R1.toString(), t("2026-10-06T00:01:00Z"), new FactorAdded(R1, F2, FactorCategory.PROCESS,
                ControlLayer.HUMAN_OVERSIGHT, "CTL-7", "no review", CARL, t("2026-10-06T00:01:00Z")));
        add(R1.toString(), t("2026-10-07T00:00:00Z"), new FactorWithdrawn(R1, F2, "not so", CARL,
                t("2026-10-07T00:00:00Z")));
        add(R1.toString(), t("2026-10-08T10:00:00Z"), new PostIncidentReviewPublished(R1, A, t("2026-10-08T10:00:00Z")));
        item(I1, R1, A, "safety", t("2026-10-08T10:00:00Z"), t("2026-10-20T00:00:00Z"));
        declare(B, "INC-2026-0002", "bot", HazardCategory.PRIVACY_LEAKAGE, Severity.SEV2, t("2026-10-10T00:00:00Z"),
                false, false);
        add(B.toString(), t("2026-10-10T01:00:00Z"), new SeverityChanged(B, Severity.SEV2, Severity.SEV1, "worse",
                t("2026-10-10T01:00:00Z")));
        command(B, t("2026-10-10T01:00:00Z"));
        impact(B, HarmRealisation.HAZARD, t("2026-10-10T01:30:00Z"));
        add(O2.toString(), t("2026-10-10T02:00:00Z"), new ObligationRecorded(B, O2, "gdpr-33", "GDPR", "Breach notice",
                "Art. 33", "DPA", "EU", List.of(new StageDeadline("notice", "Notice", t("2026-10-13T02:00:00Z"), false)),
                "s", "c", t("2026-10-10T02:00:00Z")));
        status(B, IncidentStatus.CONTAINED, t("2026-10-10T04:00:00Z"));
        status(B, IncidentStatus.RESOLVED, t("2026-10-11T00:00:00Z"));
        add(R2.toString(), t("2026-10-11T00:00:00Z"), new ReviewOpened(R2, B, "INC-2026-0002", "Review", true,
                t("2026-10-11T00:00:00Z")));
        item(I2, R2, B, "platform", t("2026-10-12T00:00:00Z"), t("2026-10-25T00:00:00Z"));
        add(R2.toString(), t("2026-10-12T00:00:00Z"), new FactorAdded(R2, F3, FactorCategory.DATA,
                ControlLayer.RUNTIME_GUARDRAILS, "CTL-2", "bad data", CARL, t("2026-10-12T00:00:00Z")));
        submitted(B, O2, "GDPR", "notice", t("2026-10-13T02:00:00Z"), true, "PT24H", null, t("2026-10-14T02:00:00Z"));
        waiver(X2, "EXC-2026-0002", "EXPIRED", "EXPIRED", "search", ResidualRisk.CRITICAL, 5, 4, t("2026-10-15T00:00:00Z"),
                t("2026-10-15T00:00:00Z"));
        itemStatus(I3, ActionItemStatus.OPEN, ActionItemStatus.WONT_DO, true, t("2026-10-15T00:00:00Z"));
        declare(D, "RST-2026-0001", "bot", HazardCategory.MISUSE, Severity.SEV2, t("2026-10-20T00:00:00Z"), true, false);
        add(D.toString(), t("2026-10-20T00:30:00Z"), new ParticipantJoined(D, RITA, t("2026-10-20T00:30:00Z")));
        command(D, t("2026-10-20T02:00:00Z"));
        add(I2.toString(), t("2026-10-24T00:00:00Z"), new ActionItemDueDateChanged(I2, R2, B, "Item", t("2026-10-25T00:00:00Z"),
                t("2026-10-30T00:00:00Z"), "more time", 1, t("2026-10-24T00:00:00Z")));
        itemStatus(I1, ActionItemStatus.OPEN, ActionItemStatus.DONE, false, t("2026-10-25T00:00:00Z"));
        itemStatus(I1, ActionItemStatus.DONE, ActionItemStatus.VERIFIED, false, t("2026-10-28T00:00:00Z"));
        // after the period
        status(D, IncidentStatus.RESOLVED, t("2026-11-05T00:00:00Z"));
        facts.sort(Comparator.comparing(ReportFact::recordedAt));
        return List.copyOf(facts);
    }
}
