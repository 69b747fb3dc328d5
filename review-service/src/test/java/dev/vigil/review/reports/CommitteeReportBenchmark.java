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
import dev.vigil.contracts.incident.Person;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.notification.NotificationSubmitted;
import dev.vigil.contracts.notification.ObligationRecorded;
import dev.vigil.contracts.notification.StageDeadline;
import dev.vigil.contracts.policy.PolicyExceptionChanged;
import dev.vigil.contracts.review.ActionItemPriority;
import dev.vigil.contracts.review.ActionItemRecorded;
import dev.vigil.contracts.review.ActionItemStatus;
import dev.vigil.contracts.review.ActionItemStatusChanged;
import dev.vigil.contracts.review.ActionItemType;
import dev.vigil.contracts.review.FactorCategory;
import dev.vigil.contracts.review.PostIncidentReviewPublished;
import dev.vigil.contracts.review.ReviewOpened;
import dev.vigil.review.events.FactorAdded;
import dev.vigil.review.reports.CommitteeReport.Filters;
import dev.vigil.review.reports.CommitteeReports.Request;
import dev.vigil.review.reports.CommitteeReports.Type;
import dev.vigil.review.reports.CommitteeReports.Viewer;
import dev.vigil.review.reports.ReportDocuments.Format;
import dev.vigil.review.reports.facts.ReportFact;
import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Not a test: a program that seeds a year of 10,000 incidents (with their reviews, action items, factors,
 * exceptions and obligations) as report facts, and prints the time to fold them (the in-memory part of a rebuild),
 * to serialise and parse them back as JSON (what the projection stores and reads), and to produce the year's report
 * in each format, with the peak heap. Run it on a quiet machine:
 * <pre>
 * ./mvnw -o -B -q -pl review-service -am test-compile
 * ./mvnw -o -B -q -pl review-service dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -Xmx1g -cp "review-service/target/test-classes:review-service/target/classes:contracts/target/classes:\
 * platform/target/classes:$(cat /tmp/cp.txt)" dev.vigil.review.reports.CommitteeReportBenchmark 10000
 * </pre>
 */
public final class CommitteeReportBenchmark {

    private CommitteeReportBenchmark() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int incidents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long t0 = System.nanoTime();
        List<ReportFact> facts = seed(incidents, new Random(42));
        System.out.printf("seeded %,d facts for %,d incidents in %d ms%n", facts.size(), incidents, ms(t0));

        JsonMapper json = JsonMapper.builder().build();
        long t1 = System.nanoTime();
        List<String> stored = facts.stream().map(f -> json.writeValueAsString(f.event())).toList();
        List<ReportFact> read = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            ReportFact f = facts.get(i);
            read.add(new ReportFact(f.eventId(), f.type(), f.subject(), f.sequence(), f.recordedAt(),
                    json.readValue(stored.get(i), f.event().getClass())));
        }
        System.out.printf("payloads written and read back as JSON (as stored and read): %d ms%n", ms(t1));

        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2027-01-01T00:00:00Z");
        Request year = new Request(Type.COMMITTEE, from, to, to.plus(Duration.ofDays(1)), Filters.NONE);
        Viewer viewer = new Viewer("benchmark", true);
        long t2 = System.nanoTime();
        long c2 = CPU.getCurrentThreadCpuTime();
        CommitteeReport report = CommitteeReports.report(read, year, viewer);
        System.out.printf("year report computed (fold + figures, both periods): %d ms (%d ms CPU)%n", ms(t2),
                (CPU.getCurrentThreadCpuTime() - c2) / 1_000_000);
        // each format twice: the first in this JVM pays for loading and warming its libraries (PDFBox, fonts, XChart),
        // the second is what a running service pays; both are the report computed and written, from the facts
        for (Format format : Format.values()) {
            for (String run : List.of("first", "again")) {
                long t = System.nanoTime();
                long cpu = CPU.getCurrentThreadCpuTime();
                byte[] bytes = ReportDocuments.render(CommitteeReports.report(read, year, viewer), format, json);
                System.out.printf("year report as %-4s (%s): %6d ms (%6d ms CPU of this thread), %,d bytes%n",
                        format.name().toLowerCase(), run, ms(t), (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                        bytes.length);
            }
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
        System.out.printf("peak heap (sum of pool peaks): %,d MB; %d tables%n", peak / (1024 * 1024),
                report.tables().size());
    }

    /** CPU time of the thread: on a shared machine, what the work cost apart from waiting for a core. */
    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static List<ReportFact> seed(int count, Random random) {
        List<ReportFact> facts = new ArrayList<>();
        Person carl = new Person("carl", "Carl");
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        long span = Duration.ofDays(730).toSeconds();
        String[] systems = {"support-bot", "search", "coder", "triage", "agent", "translator", "tutor", "summariser"};
        String[] teams = {"platform", "safety", "data", "ml", "infra"};
        int seq = 0;
        for (int x = 0; x < 200; x++) {
            UUID id = new UUID(3, x);
            Instant at = start.plusSeconds((long) (random.nextDouble() * span));
            facts.add(fact(++seq, id, at, new PolicyExceptionChanged(id, "EXC-" + x, "APPROVED", "APPROVED",
                    List.of("CTL-" + x % 30), List.of(systems[x % systems.length]),
                    ResidualRisk.values()[random.nextInt(4)], 1 + random.nextInt(5), 1 + random.nextInt(5), "olga",
                    List.of("cora"),
                    at.plus(Duration.ofDays(30 + random.nextInt(400))), random.nextInt(10) == 0, 0, null, at)));
        }
        for (int n = 0; n < count; n++) {
            UUID incident = new UUID(1, n);
            Instant declared = start.plusSeconds((long) (random.nextDouble() * span));
            Severity severity = Severity.values()[random.nextInt(4)];
            boolean exercise = random.nextInt(20) == 0;
            String system = systems[random.nextInt(systems.length)];
            String key = "INC-" + n;
            facts.add(fact(++seq, incident, declared, new IncidentDeclared(incident, key, "Incident " + n, null, system,
                    null, severity, HazardCategory.values()[random.nextInt(HazardCategory.values().length)],
                    DetectionSource.USER_REPORT, null, declared, declared, List.of("EU"), random.nextInt(10) == 0,
                    declared, exercise)));
            Instant ack = declared.plusSeconds(60 + random.nextInt(7200));
            facts.add(fact(++seq, incident, ack, new IncidentCommanderAssigned(incident, carl, null, ack)));
            facts.add(fact(++seq, incident, ack, new ImpactAssessed(incident, 1, new ImpactAssessment(
                    random.nextBoolean() ? HarmRealisation.INCIDENT : HarmRealisation.HAZARD, List.of(), 1L, false,
                    false, false, 0, false, null, null, null), "first", ack)));
            if (exercise) {
                facts.add(fact(++seq, incident, ack, new DecisionLogged(incident, new UUID(9, n), DecisionKind.KILL_SWITCH,
                        "off", "drill", List.of(), carl, KillSwitchScope.FEATURE, "switch-" + (n % 12), null, true, ack)));
            }
            Instant contained = ack.plusSeconds(random.nextInt(36_000));
            facts.add(fact(++seq, incident, contained, new IncidentStatusChanged(incident, IncidentStatus.INVESTIGATING,
                    IncidentStatus.CONTAINED, "r", contained)));
            Instant resolved = contained.plusSeconds(random.nextInt(360_000));
            facts.add(fact(++seq, incident, resolved, new IncidentStatusChanged(incident, IncidentStatus.CONTAINED,
                    IncidentStatus.RESOLVED, "r", resolved)));
            UUID review = new UUID(2, n);
            facts.add(fact(++seq, review, resolved, new ReviewOpened(review, incident, key, "Review", true, resolved)));
            facts.add(fact(++seq, review, resolved.plusSeconds(3600), new FactorAdded(review, new UUID(4, n),
                    FactorCategory.values()[random.nextInt(FactorCategory.values().length)],
                    ControlLayer.values()[random.nextInt(ControlLayer.values().length)], "CTL-" + random.nextInt(30),
                    "f", carl, resolved.plusSeconds(3600))));
            for (int i = 0; i < 2; i++) {
                UUID item = new UUID(5, n * 2L + i);
                Instant recorded = resolved.plusSeconds(7200);
                facts.add(fact(++seq, item, recorded, new ActionItemRecorded(item, review, incident, "Item", "owner",
                        teams[random.nextInt(teams.length)], ActionItemType.PREVENT, ActionItemPriority.HIGH,
                        recorded.plus(Duration.ofDays(15 + random.nextInt(60))), recorded)));
                if (random.nextBoolean()) {
                    Instant done = recorded.plus(Duration.ofDays(random.nextInt(90)));
                    facts.add(fact(++seq, item, done, new ActionItemStatusChanged(item, review, incident, "Item",
                            ActionItemStatus.OPEN, ActionItemStatus.DONE, false, "r", "owner", done)));
                }
            }
            Instant published = resolved.plus(Duration.ofDays(1 + random.nextInt(40)));
            facts.add(fact(++seq, review, published, new PostIncidentReviewPublished(review, incident, published)));
            if (random.nextInt(3) == 0) {
                UUID obligation = new UUID(6, n);
                Instant due = declared.plus(Duration.ofDays(15));
                facts.add(fact(++seq, incident, declared, new ObligationRecorded(incident, obligation, "rule", "EU_AI_ACT",
                        "Report", "Art. 73", "MSA", "EU", List.of(new StageDeadline("initial", "Initial", due, false)),
                        "s", "c", declared)));
                Instant submitted = declared.plus(Duration.ofDays(random.nextInt(20)));
                facts.add(fact(++seq, incident, submitted, new NotificationSubmitted(incident, new UUID(7, n), obligation,
                        "rule", "EU_AI_ACT", "Report", "initial", "MSA", "PORTAL", "ref", "PDF", "sha", due,
                        submitted.isAfter(due), null, null, "cora", submitted, "s")));
            }
        }
        facts.sort(Comparator.comparing(ReportFact::recordedAt));
        return facts;
    }

    private static ReportFact fact(int seq, UUID subject, Instant at, Object event) {
        return new ReportFact("e" + seq, event.getClass().getSimpleName(), subject.toString(), (long) seq, at, event);
    }
}
