package dev.vigil.review.reports;

import dev.vigil.contracts.governance.ControlLayer;
import dev.vigil.contracts.governance.ResidualRisk;
import dev.vigil.contracts.incident.HazardCategory;
import dev.vigil.contracts.incident.Severity;
import dev.vigil.contracts.notification.NotificationSubmitted;
import dev.vigil.contracts.notification.StageDeadline;
import dev.vigil.contracts.review.ActionItemStatus;
import dev.vigil.contracts.review.FactorCategory;
import dev.vigil.review.reports.CommitteeReport.Filters;
import dev.vigil.review.reports.CommitteeReport.Period;
import dev.vigil.review.reports.CommitteeReport.Row;
import dev.vigil.review.reports.CommitteeReport.Table;
import dev.vigil.review.reports.ReportState.Change;
import dev.vigil.review.reports.ReportState.Factor;
import dev.vigil.review.reports.ReportState.Incident;
import dev.vigil.review.reports.ReportState.Item;
import dev.vigil.review.reports.ReportState.Obligation;
import dev.vigil.review.reports.ReportState.Review;
import dev.vigil.review.reports.ReportState.Waiver;
import dev.vigil.review.reports.facts.ReportFact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The committee report as a pure function of the facts known at {@code asOf} and the request: no clock, no
 * database. Every figure is computed for the period and, by the same code, for the previous period of equal
 * length; counts of what happened in a period use the times the facts carry; figures of what stood open are
 * taken at the period's end, or at {@code asOf} when that comes first. Exercises (drills) are left out of every
 * figure but the drill tables, and so are the reviews, action items and obligations of exercises.
 */
public final class CommitteeReports {

    /** A draft review not published this long after it opened is overdue. */
    static final Duration PIR_DUE = Duration.ofDays(30);
    /** Incidents of the same system and category within this window are repeats. */
    static final Duration REPEAT_WINDOW = Duration.ofDays(90);
    static final Duration EXPIRING = Duration.ofDays(30);
    static final int TOP = 5;
    static final int TOP_CONTROLS = 10;
    /** Likelihood and impact are scored 1 to 5 (policy-service's scale). */
    static final int SCALE = 5;
    /**
     * The heat map's row for active exceptions whose events carry no likelihood and impact (published before they
     * were added): rated, but not by factors the report can see.
     */
    static final String NOT_RATED = "not rated";

    public enum Type {
        COMMITTEE, BOARD, TEAM
    }

    public record Request(Type type, Instant from, Instant to, Instant asOf, Filters filters) {
    }

    /** Who reads: need-to-know decides which records of restricted incidents they may see named. */
    public record Viewer(String subject, boolean seesAll) {
    }

    private record Window(Instant from, Instant to, Instant at) {
        boolean contains(Instant t) {
            return t != null && !t.isBefore(from) && t.isBefore(to);
        }
    }

    private record Spec(String id, String title, String unit, List<String> columns, boolean comparable,
                        List<List<String>> always) {
    }

    private static final List<Spec> SPECS = List.of(
            spec("incidents", "Incidents", "incidents", List.of("measure"), true,
                    keys(List.of("total", "repeats"))),
            spec("incidents-by-severity", "Incidents by severity", "incidents", List.of("severity"), true,
                    keys(names(Severity.values()))),
            spec("incidents-by-category", "Incidents by hazard category", "incidents", List.of("category"), true,
                    List.of()),
            spec("incidents-by-system", "Incidents by AI system", "incidents", List.of("system"), true, List.of()),
            spec("incidents-by-harm", "Harm realised vs hazard only", "incidents", List.of("realisation"), true,
                    keys(List.of("INCIDENT", "HAZARD", "UNASSESSED"))),
            spec("response-times", "Time to acknowledge, contain and resolve", "hours",
                    List.of("severity", "measure", "statistic"), true, responseKeys()),
            spec("pirs", "Post-incident reviews", "reviews (days for the median)", List.of("measure"), true,
                    keys(List.of("opened", "published", "median-days-resolution-to-publication", "overdue-drafts"))),
            spec("action-items", "Action items", "action items", List.of("measure"), true,
                    keys(List.of("opened", "done", "verified", "wont-do-accepted", "slipped", "open", "overdue"))),
            spec("action-items-open-by-age", "Open action items by owner team and age", "action items",
                    List.of("team", "age"), true, List.of()),
            spec("action-items-overdue-by-team", "Overdue action items by owner team and time overdue", "action items",
                    List.of("team", "overdue"), true, List.of()),
            spec("exceptions", "Policy exceptions", "exceptions (incidents for the last)", List.of("measure"), true,
                    keys(List.of("active", "expiring-within-30-days", "expired", "renewed", "needing-re-review",
                            "incidents-on-excepted-systems"))),
            spec("exceptions-active-by-rating", "Active exceptions by residual risk", "exceptions",
                    List.of("rating"), true, keys(names(ResidualRisk.values()))),
            spec("exception-risk-map", "Exception risk heat map: active exceptions by likelihood and impact",
                    "exceptions", List.of("likelihood", "impact"), true, riskMapKeys()),
            spec("obligations-by-regime", "Regulatory obligations by regime", "obligations (filings)",
                    List.of("regime", "measure"), true, List.of()),
            spec("filings", "Filings in the period", "filings", List.of("regime", "stage", "incident", "timeliness",
                    "margin"), false, List.of()),
            spec("open-obligations", "Open obligations and their time left", "hours",
                    List.of("regime", "obligation", "stage", "due", "state"), false, List.of()),
            spec("factors-by-category", "Contributing factors by category", "factors", List.of("category"), true,
                    keys(names(FactorCategory.values()))),
            spec("factors-by-layer", "Contributing factors by the control layer that failed", "factors",
                    List.of("layer"), true, keys(names(ControlLayer.values()))),
            spec("controls-most-named", "Controls most often named in contributing factors", "factors",
                    List.of("control"), true, List.of()),
            spec("action-items-by-layer", "Action items per failed control layer", "action items", List.of("layer"),
                    true, keys(names(ControlLayer.values()))),
            spec("drills", "Drills (exercises) by system and containment", "exercises",
                    List.of("system", "containment"), true, List.of()),
            spec("kill-switch-last-exercised", "Days since each kill switch was last exercised", "days",
                    List.of("target"), true, List.of()),
            spec("severity-by-month", "Incidents by severity and month", "incidents", List.of("month", "severity"),
                    false, List.of()),
            spec("time-to-resolve-by-month", "Median time to resolve by month of declaration", "hours",
                    List.of("month"), false, List.of()),
            spec("action-item-burn-down", "Open action items over the period", "action items", List.of("at"), false,
                    List.of()),
            spec("largest-open-risks", "The largest open risks", "see measure",
                    List.of("kind", "rank", "record", "measure"), false, List.of()),
            spec("late-filings", "Late filings", "filings", List.of("regime", "stage", "incident", "late by"), false,
                    List.of()));

    private static final Map<Type, List<String>> TABLES = Map.of(
            Type.COMMITTEE, SPECS.stream().map(Spec::id).toList(),
            Type.BOARD, List.of("incidents", "incidents-by-severity", "severity-by-month", "time-to-resolve-by-month",
                    "largest-open-risks", "late-filings"),
            Type.TEAM, List.of("incidents", "incidents-by-severity", "action-items", "action-items-open-by-age",
                    "action-items-overdue-by-team", "action-item-burn-down", "action-items-by-layer"));

    private CommitteeReports() {
    }

    /** The previous period: the same length, ending where this one starts. */
    public static Period previous(Instant from, Instant to) {
        return new Period(from.minus(Duration.between(from, to)), from);
    }

    public static CommitteeReport report(List<ReportFact> facts, Request request, Viewer viewer) {
        if (!request.from().isBefore(request.to())) {
            throw new IllegalArgumentException("from must come before to");
        }
        List<ReportFact> known = facts.stream().filter(f -> !f.recordedAt().isAfter(request.asOf())).toList();
        ReportState state = ReportState.of(known);
        Period previous = previous(request.from(), request.to());
        Window now = new Window(request.from(), request.to(), min(request.to(), request.asOf()));
        Window before = new Window(previous.from(), previous.to(), min(previous.to(), request.asOf()));
        Filters filters = request.filters() == null ? Filters.NONE : request.filters();
        Computation current = new Computation(state, filters, viewer, now);
        Computation past = new Computation(state, filters, viewer, before);
        current.run();
        past.run();
        List<Table> tables = new ArrayList<>();
        for (String id : TABLES.get(request.type())) {
            Spec spec = SPECS.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
            tables.add(table(spec, current.figures.getOrDefault(id, Map.of()), past.figures.getOrDefault(id, Map.of())));
        }
        return new CommitteeReport(request.type().name().toLowerCase(), new Period(request.from(), request.to()),
                previous, request.asOf(), filters, tables);
    }

    private static Table table(Spec spec, Map<List<String>, Acc> now, Map<List<String>, Acc> before) {
        List<List<String>> keys = new ArrayList<>(spec.always());
        now.keySet().stream().filter(k -> !keys.contains(k)).sorted(KEY_ORDER).forEach(keys::add);
        if (spec.comparable()) {
            before.keySet().stream().filter(k -> !keys.contains(k)).sorted(KEY_ORDER).forEach(keys::add);
        }
        if (spec.always().isEmpty() && !spec.id().equals("controls-most-named")) {
            keys.sort(KEY_ORDER);
        }
        boolean measured = spec.unit().equals("hours") || spec.unit().equals("days");
        List<Row> rows = new ArrayList<>();
        for (List<String> key : keys) {
            Acc a = now.get(key);
            Acc b = spec.comparable() ? before.get(key) : null;
            BigDecimal none = measured || key.stream().anyMatch(k -> k.startsWith("median") || k.equals("p90"))
                    ? null : BigDecimal.ZERO;
            rows.add(new Row(key, a == null ? none : a.value(), spec.comparable() ? (b == null ? none : b.value()) : null,
                    a == null ? List.of() : a.records(), b == null ? List.of() : b.records(),
                    a == null ? 0 : a.withheld));
        }
        if (spec.id().equals("controls-most-named")) {
            rows.sort(Comparator.comparing((Row r) -> r.current() == null ? BigDecimal.ZERO : r.current()).reversed()
                    .thenComparing(r -> r.keys().getFirst()));
        }
        return new Table(spec.id(), spec.title(), spec.unit(), spec.columns(), spec.comparable(), rows);
    }

    /** Numbers in a key sort as numbers (ranks), everything else as text. */
    private static final Comparator<List<String>> KEY_ORDER = (x, y) -> {
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            String a = x.get(i);
            String b = y.get(i);
            int c = a.matches("\\d+") && b.matches("\\d+") ? Long.compare(Long.parseLong(a), Long.parseLong(b))
                    : a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    };

    /** One figure being made: a count (or a value set once) and its records. */
    private static final class Acc {
        BigDecimal measured;
        long count;
        /** Named as they come (a list, sorted once when the table is made: cheaper than a sorted set per add). */
        final List<String> named = new ArrayList<>();
        final Set<String> withheldRecords = new HashSet<>();
        int withheld;

        List<String> records() {
            boolean ascending = true;
            for (int n = 1; n < named.size() && ascending; n++) {
                ascending = named.get(n - 1).compareTo(named.get(n)) < 0;
            }
            return ascending ? List.copyOf(named) : named.stream().distinct().sorted().toList();
        }

        BigDecimal value() {
            return measured != null ? measured : BigDecimal.valueOf(count);
        }
    }

    /** The figures of one window. */
    private static final class Computation {
        final ReportState s;
        final Filters f;
        final Viewer viewer;
        final Window w;
        final Map<String, Map<List<String>, Acc>> figures = new LinkedHashMap<>();

        Computation(ReportState s, Filters f, Viewer viewer, Window w) {
            this.s = s;
            this.f = f;
            this.viewer = viewer;
            this.w = w;
        }

        void run() {
            incidents();
            responseTimes();
            reviews();
            actionItems();
            exceptions();
            obligations();
            patterns();
            drills();
            charts();
            largestRisks();
        }

        // ---- scope and filters ----

        boolean incidentFilters() {
            return f.system() != null || f.category() != null || f.severity() != null || f.team() != null;
        }

        boolean matches(Incident i) {
            return (f.system() == null || f.system().equals(i.systemId))
                    && (f.category() == null || f.category().equals(i.category))
                    && (f.severity() == null || f.severity().equals(i.severity().name()))
                    && (f.team() == null || teamIncidents().contains(i.id));
        }

        private Set<UUID> teamIncidents;
        private List<Item> countedItems;

        /** The incidents with an action item of the team asked for (found once, not per incident). */
        Set<UUID> teamIncidents() {
            if (teamIncidents == null) {
                teamIncidents = new HashSet<>();
                s.items.values().stream().filter(it -> f.team().equals(it.team) && it.incidentId != null)
                        .forEach(it -> teamIncidents.add(it.incidentId));
            }
            return teamIncidents;
        }

        /**
         * The action items the filters let count, in the order of their ids (chosen and ordered once: the burn-down
         * walks them at every point, and records named in order need no sorting when the table is made).
         */
        List<Item> items() {
            if (countedItems == null) {
                countedItems = s.items.values().stream().filter(this::countsItem)
                        .sorted(Comparator.comparing((Item item) -> item.idText)).toList();
            }
            return countedItems;
        }

        /** A record hanging off an incident counts when the incident does (a record of no incident: no filters). */
        boolean counts(UUID incidentId) {
            Incident i = incidentId == null ? null : s.incidents.get(incidentId);
            if (i == null) {
                return !incidentFilters();
            }
            return !i.exercise && matches(i);
        }

        boolean countsItem(Item item) {
            Incident i = item.incident;
            if (i != null && i.exercise) {
                return false;
            }
            boolean byIncident = f.system() == null && f.category() == null && f.severity() == null
                    || i != null && (f.system() == null || f.system().equals(i.systemId))
                    && (f.category() == null || f.category().equals(i.category))
                    && (f.severity() == null || f.severity().equals(i.severity().name()));
            return byIncident && (f.team() == null || f.team().equals(item.team));
        }

        List<Incident> declaredIn() {
            return s.incidents.values().stream().filter(i -> !i.exercise && w.contains(i.declaredAt) && matches(i))
                    .toList();
        }

        Incident incident(UUID id) {
            return id == null ? null : s.incidents.get(id);
        }

        // ---- adding figures ----

        Acc acc(String table, List<String> key) {
            return figures.computeIfAbsent(table, t -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new Acc());
        }

        /** Counts one record under the key; a record of a restricted incident the viewer may not know is withheld. */
        void count(String table, List<String> key, String record, Incident of) {
            Acc a = acc(table, key);
            a.count++;
            name(a, record, of);
        }

        void name(Acc a, String record, Incident of) {
            if (of != null && of.restricted && !viewer.seesAll() && !of.participants.contains(viewer.subject())) {
                if (a.withheldRecords.add(record)) {
                    a.withheld++;
                }
            } else {
                a.named.add(record);
            }
        }

        void measure(String table, List<String> key, BigDecimal value, Map<String, Incident> records) {
            Acc a = acc(table, key);
            a.measured = value;
            records.forEach((r, i) -> name(a, r, i));
        }

        // ---- the figures ----

        void incidents() {
            List<Incident> in = declaredIn();
            acc("incidents", List.of("total"));
            acc("incidents", List.of("repeats"));
            for (Incident i : in) {
                count("incidents", List.of("total"), i.key, i);
                count("incidents-by-severity", List.of(i.severity().name()), i.key, i);
                count("incidents-by-category", List.of(i.category), i.key, i);
                count("incidents-by-system", List.of(i.systemId), i.key, i);
                count("incidents-by-harm", List.of(i.realisation == null ? "UNASSESSED" : i.realisation), i.key, i);
                if (repeat(i)) {
                    count("incidents", List.of("repeats"), i.key, i);
                }
            }
        }

        private Map<String, TreeSet<Instant>> declaredBySystemAndCategory;

        /** Another incident (no drill) of the same system and category was declared within the 90 days before. */
        boolean repeat(Incident i) {
            if (declaredBySystemAndCategory == null) {
                declaredBySystemAndCategory = new LinkedHashMap<>();
                s.incidents.values().stream().filter(j -> !j.exercise).forEach(j -> declaredBySystemAndCategory
                        .computeIfAbsent(j.systemId + "|" + j.category, k -> new TreeSet<>()).add(j.declaredAt));
            }
            Instant before = declaredBySystemAndCategory.get(i.systemId + "|" + i.category).lower(i.declaredAt);
            return before != null && !before.isBefore(i.declaredAt.minus(REPEAT_WINDOW));
        }

        void responseTimes() {
            List<Incident> in = declaredIn();
            for (Severity severity : Severity.values()) {
                for (String measure : List.of("acknowledge", "contain", "resolve")) {
                    Map<String, Incident> records = new LinkedHashMap<>();
                    List<Long> seconds = new ArrayList<>();
                    for (Incident i : in) {
                        Instant reached = switch (measure) {
                            case "acknowledge" -> i.acknowledgedAt;
                            case "contain" -> i.containedAt;
                            default -> i.resolvedAt;
                        };
                        if (i.severity() == severity && reached != null) {
                            seconds.add(Duration.between(i.declaredAt, reached).toSeconds());
                            records.put(i.key, i);
                        }
                    }
                    if (!seconds.isEmpty()) {
                        measure("response-times", List.of(severity.name(), measure, "median"),
                                hours(median(seconds)), records);
                        measure("response-times", List.of(severity.name(), measure, "p90"),
                                hours(BigDecimal.valueOf(p90(seconds))), records);
                    }
                }
            }
        }

        void reviews() {
            acc("pirs", List.of("opened"));
            acc("pirs", List.of("published"));
            acc("pirs", List.of("overdue-drafts"));
            List<Long> toPublication = new ArrayList<>();
            Map<String, Incident> published = new LinkedHashMap<>();
            for (Review r : s.reviews.values()) {
                if (!counts(r.incidentId)) {
                    continue;
                }
                Incident i = incident(r.incidentId);
                String id = r.id.toString();
                if (w.contains(r.openedAt)) {
                    count("pirs", List.of("opened"), id, i);
                }
                if (w.contains(r.publishedAt)) {
                    count("pirs", List.of("published"), id, i);
                    if (i != null && i.resolvedAt != null) {
                        toPublication.add(Duration.between(i.resolvedAt, r.publishedAt).toSeconds());
                        published.put(id, i);
                    }
                }
                if (!r.openedAt.isAfter(w.at) && (r.publishedAt == null || r.publishedAt.isAfter(w.at))
                        && !r.openedAt.plus(PIR_DUE).isAfter(w.at)) {
                    count("pirs", List.of("overdue-drafts"), id, i);
                }
            }
            if (!toPublication.isEmpty()) {
                measure("pirs", List.of("median-days-resolution-to-publication"),
                        median(toPublication).divide(BigDecimal.valueOf(86_400), 1, RoundingMode.HALF_UP), published);
            }
        }

        void actionItems() {
            for (String m : List.of("opened", "done", "verified", "wont-do-accepted", "slipped", "open", "overdue")) {
                acc("action-items", List.of(m));
            }
            for (Item item : items()) {
                Incident i = item.incident;
                String id = item.idText;
                if (w.contains(item.recordedAt)) {
                    count("action-items", List.of("opened"), id, i);
                }
                if (item.statuses.stream().anyMatch(st -> st.value() == ActionItemStatus.DONE && w.contains(st.at()))) {
                    count("action-items", List.of("done"), id, i);
                }
                if (item.statuses.stream().anyMatch(st -> st.value() == ActionItemStatus.VERIFIED
                        && w.contains(st.at()))) {
                    count("action-items", List.of("verified"), id, i);
                }
                if (item.accepted.stream().anyMatch(w::contains)) {
                    count("action-items", List.of("wont-do-accepted"), id, i);
                }
                if (item.dueDates.stream().skip(1).anyMatch(d -> w.contains(d.at()))) {
                    count("action-items", List.of("slipped"), id, i);
                }
                if (item.openAt(w.at)) {
                    count("action-items", List.of("open"), id, i);
                    long age = Duration.between(item.recordedAt, w.at).toDays();
                    count("action-items-open-by-age", List.of(item.team, age <= 30 ? "0-30 days"
                            : age <= 90 ? "31-90 days" : age <= 180 ? "91-180 days" : "over 180 days"), id, i);
                    Instant due = item.dueAt(w.at);
                    if (due != null && due.isBefore(w.at)) {
                        count("action-items", List.of("overdue"), id, i);
                        long late = Duration.between(due, w.at).toDays();
                        count("action-items-overdue-by-team", List.of(item.team, late <= 30 ? "up to 30 days"
                                : late <= 90 ? "31-90 days" : "over 90 days"), id, i);
                    }
                }
            }
        }

        /**
         * An exception counts under a system filter when it waives controls for that system, and under a team
         * filter when one of its systems is owned by that team (as the inventory last said); hazard category and
         * severity are incidents' and do not cut exceptions.
         */
        boolean waiverCounts(Waiver x) {
            return (f.system() == null || x.systemIds.contains(f.system()))
                    && (f.team() == null
                    || x.systemIds.stream().anyMatch(id -> f.team().equals(s.systemTeams.get(id))));
        }

        void exceptions() {
            for (String m : List.of("active", "expiring-within-30-days", "expired", "renewed", "needing-re-review",
                    "incidents-on-excepted-systems")) {
                acc("exceptions", List.of(m));
            }
            for (Waiver x : s.waivers.values()) {
                if (!waiverCounts(x)) {
                    continue;
                }
                Change c = x.at(w.at);
                if (c != null && c.activeAt(w.at)) {
                    count("exceptions", List.of("active"), x.key, null);
                    count("exceptions-active-by-rating", List.of(c.rating().name()), x.key, null);
                    if (c.expiresAt() != null && !c.expiresAt().isAfter(w.at.plus(EXPIRING))) {
                        count("exceptions", List.of("expiring-within-30-days"), x.key, null);
                    }
                    if (c.needsReReview()) {
                        count("exceptions", List.of("needing-re-review"), x.key, null);
                    }
                    count("exception-risk-map", c.ratedByFactors()
                            ? List.of(String.valueOf(c.likelihood()), String.valueOf(c.impact()))
                            : List.of(NOT_RATED, NOT_RATED), x.key, null);
                }
                if (x.changes.stream().anyMatch(ch -> "EXPIRED".equals(ch.change()) && w.contains(ch.at()))) {
                    count("exceptions", List.of("expired"), x.key, null);
                }
                if (x.changes.stream().anyMatch(ch -> "RENEWED".equals(ch.change()) && w.contains(ch.at()))) {
                    count("exceptions", List.of("renewed"), x.key, null);
                }
            }
            Set<String> seen = new TreeSet<>();
            for (var e : s.exceptedIncidents) {
                Incident i = incident(e.incidentId());
                Instant at = e.occurredAt() != null ? e.occurredAt() : i == null ? null : i.declaredAt;
                if (w.contains(at) && counts(e.incidentId()) && (f.system() == null || f.system().equals(e.systemId()))
                        && seen.add(e.incidentKey())) {
                    count("exceptions", List.of("incidents-on-excepted-systems"), e.incidentKey(), i);
                }
            }
        }

        void obligations() {
            for (Obligation o : s.obligations.values()) {
                if (!counts(o.incidentId)) {
                    continue;
                }
                Incident i = incident(o.incidentId);
                String id = o.id.toString();
                String key = i == null ? "" : i.key;
                if (w.contains(o.recordedAt)) {
                    count("obligations-by-regime", List.of(o.regime, "recorded"), id, i);
                }
                if (w.contains(o.notApplicableAt)) {
                    count("obligations-by-regime", List.of(o.regime, "not-applicable"), id, i);
                }
                if (o.openAt(w.at)) {
                    count("obligations-by-regime", List.of(o.regime, "open"), id, i);
                    for (StageDeadline stage : o.pendingStages(w.at)) {
                        if (stage.dueAt() == null) {
                            continue;
                        }
                        boolean overdue = stage.dueAt().isBefore(w.at);
                        measure("open-obligations", List.of(o.regime, o.title, stage.stageId(), stage.dueAt().toString(),
                                        overdue ? "overdue" : "left"),
                                hours(BigDecimal.valueOf(Math.abs(Duration.between(w.at, stage.dueAt()).toSeconds()))),
                                Map.of(id, i == null ? placeholder() : i));
                    }
                }
                for (NotificationSubmitted n : o.submissions) {
                    if (!w.contains(n.submittedAt())) {
                        continue;
                    }
                    count("obligations-by-regime", List.of(o.regime, n.late() ? "submitted-late" : "submitted-on-time"),
                            id, i);
                    count("filings", List.of(o.regime, n.stageId(), key, n.late() ? "late" : "on time",
                            n.late() ? "late by " + text(n.lateBy()) : text(n.margin())), id, i);
                    if (n.late()) {
                        count("late-filings", List.of(o.regime, n.stageId(), key, text(n.lateBy())), id, i);
                    }
                }
            }
        }

        void patterns() {
            Map<UUID, List<Factor>> byReview = new LinkedHashMap<>();
            for (Factor factor : s.factors.values()) {
                Review r = s.reviews.get(factor.reviewId);
                UUID incidentId = r == null ? null : r.incidentId;
                if (!counts(incidentId) || !factor.standsAt(w.at)) {
                    continue;
                }
                byReview.computeIfAbsent(factor.reviewId, k -> new ArrayList<>()).add(factor);
                if (!w.contains(factor.addedAt)) {
                    continue;
                }
                Incident i = incident(incidentId);
                String id = factor.id.toString();
                count("factors-by-category", List.of(factor.category.name()), id, i);
                count("factors-by-layer", List.of(factor.layer.name()), id, i);
                if (factor.controlId != null && !factor.controlId.isBlank()) {
                    count("controls-most-named", List.of(factor.controlId), id, i);
                }
            }
            Map<List<String>, Acc> controls = figures.get("controls-most-named");
            if (controls != null && controls.size() > TOP_CONTROLS) {
                List<List<String>> keep = controls.entrySet().stream()
                        .sorted(Comparator.<Map.Entry<List<String>, Acc>>comparingLong(e -> -e.getValue().count)
                                .thenComparing(e -> e.getKey().getFirst()))
                        .limit(TOP_CONTROLS).map(Map.Entry::getKey).toList();
                controls.keySet().retainAll(keep);
            }
            for (Item item : items()) {
                if (!w.contains(item.recordedAt) || item.reviewId == null) {
                    continue;
                }
                byReview.getOrDefault(item.reviewId, List.of()).stream().map(x -> x.layer).distinct()
                        .forEach(layer -> count("action-items-by-layer", List.of(layer.name()), item.idText,
                                item.incident));
            }
        }

        void drills() {
            Map<String, Instant> lastExercised = new LinkedHashMap<>();
            Map<String, Incident> lastDrill = new LinkedHashMap<>();
            for (Incident i : s.incidents.values()) {
                if (!i.exercise || !matches(i)) {
                    continue;
                }
                if (w.contains(i.declaredAt)) {
                    List<String> kinds = i.containments.stream().map(ReportState.Decision::containmentKind).distinct()
                            .sorted().toList();
                    for (String kind : kinds.isEmpty() ? List.of("NONE") : kinds) {
                        count("drills", List.of(i.systemId, kind), i.key, i);
                    }
                }
                for (ReportState.Decision d : i.containments) {
                    if (d.kind() == dev.vigil.contracts.incident.DecisionKind.KILL_SWITCH && d.target() != null
                            && !d.at().isAfter(w.at)) {
                        Instant last = lastExercised.get(d.target());
                        if (last == null || d.at().isAfter(last)) {
                            lastExercised.put(d.target(), d.at());
                            lastDrill.put(d.target(), i);
                        }
                    }
                }
            }
            lastExercised.forEach((target, at) -> measure("kill-switch-last-exercised", List.of(target),
                    BigDecimal.valueOf(Duration.between(at, w.at).toDays()),
                    Map.of(lastDrill.get(target).key, lastDrill.get(target))));
        }

        void charts() {
            List<Incident> in = declaredIn();
            YearMonth first = YearMonth.from(w.from.atZone(ZoneOffset.UTC));
            YearMonth last = YearMonth.from(w.to.minusNanos(1).atZone(ZoneOffset.UTC));
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                for (Severity severity : Severity.values()) {
                    acc("severity-by-month", List.of(m.toString(), severity.name()));
                }
            }
            Map<String, List<Long>> resolve = new LinkedHashMap<>();
            Map<String, Map<String, Incident>> resolved = new LinkedHashMap<>();
            for (Incident i : in) {
                String month = YearMonth.from(i.declaredAt.atZone(ZoneOffset.UTC)).toString();
                count("severity-by-month", List.of(month, i.severity().name()), i.key, i);
                if (i.resolvedAt != null) {
                    resolve.computeIfAbsent(month, k -> new ArrayList<>())
                            .add(Duration.between(i.declaredAt, i.resolvedAt).toSeconds());
                    resolved.computeIfAbsent(month, k -> new LinkedHashMap<>()).put(i.key, i);
                }
            }
            resolve.forEach((month, seconds) -> measure("time-to-resolve-by-month", List.of(month),
                    hours(median(seconds)), resolved.get(month)));
            List<Instant> points = burnDownPoints(w);
            for (Instant t : points) {
                Acc a = acc("action-item-burn-down", List.of(t.toString()));
                for (Item item : items()) {
                    if (item.openAt(t)) {
                        a.count++;
                        name(a, item.idText, item.incident);
                    }
                }
            }
        }

        void largestRisks() {
            List<Waiver> active = s.waivers.values().stream().filter(this::waiverCounts)
                    .filter(x -> x.at(w.at) != null && x.at(w.at).activeAt(w.at))
                    .sorted(Comparator.<Waiver, Integer>comparing(x -> -x.at(w.at).rating().ordinal())
                            .thenComparing(x -> -x.at(w.at).score())
                            .thenComparing(x -> Objects.requireNonNullElse(x.at(w.at).expiresAt(), Instant.MAX))
                            .thenComparing(x -> x.key))
                    .limit(TOP).toList();
            for (int n = 0; n < active.size(); n++) {
                Change c = active.get(n).at(w.at);
                measure("largest-open-risks", List.of("exception", String.valueOf(n + 1), active.get(n).key,
                                "residual risk " + c.rating() + (c.ratedByFactors() ? " (likelihood " + c.likelihood()
                                        + " × impact " + c.impact() + ")" : "")
                                        + (c.expiresAt() == null ? "" : ", expires "
                                        + c.expiresAt())),
                        BigDecimal.valueOf(c.rating().ordinal() + 1), Map.of(active.get(n).key, placeholder()));
            }
            List<Item> overdue = items().stream().filter(item -> item.openAt(w.at))
                    .filter(item -> item.dueAt(w.at) != null && item.dueAt(w.at).isBefore(w.at))
                    .filter(item -> {
                        Incident i = item.incident;
                        return i != null && (i.severity() == Severity.SEV1 || i.severity() == Severity.SEV2);
                    })
                    .sorted(Comparator.<Item, Instant>comparing(item -> item.dueAt(w.at)).thenComparing(item -> item.id))
                    .limit(TOP).toList();
            for (int n = 0; n < overdue.size(); n++) {
                Item item = overdue.get(n);
                Incident i = item.incident;
                measure("largest-open-risks", List.of("action item", String.valueOf(n + 1), item.idText,
                                "days overdue (" + i.severity() + " " + i.key + ")"),
                        BigDecimal.valueOf(Duration.between(item.dueAt(w.at), w.at).toDays()),
                        Map.of(item.idText, i));
            }
            record Pending(Obligation o, StageDeadline stage) {
            }
            List<Pending> pending = s.obligations.values().stream().filter(o -> counts(o.incidentId))
                    .filter(o -> o.openAt(w.at))
                    .flatMap(o -> o.pendingStages(w.at).stream().filter(st -> st.dueAt() != null)
                            .map(st -> new Pending(o, st)))
                    .sorted(Comparator.<Pending, Instant>comparing(p -> p.stage().dueAt())
                            .thenComparing(p -> p.o().id).thenComparing(p -> p.stage().stageId()))
                    .limit(TOP).toList();
            for (int n = 0; n < pending.size(); n++) {
                Pending p = pending.get(n);
                boolean late = p.stage().dueAt().isBefore(w.at);
                measure("largest-open-risks", List.of("obligation", String.valueOf(n + 1),
                                p.o().id + " " + p.stage().stageId(),
                                (late ? "hours overdue (" : "hours left (") + p.o().regime + ")"),
                        hours(BigDecimal.valueOf(Math.abs(Duration.between(w.at, p.stage().dueAt()).toSeconds()))),
                        Map.of(p.o().id.toString(), Objects.requireNonNullElse(incident(p.o().incidentId),
                                placeholder())));
            }
        }

        private static Incident placeholder() {
            return new Incident();
        }
    }

    /** Points of the burn-down: about twelve, on whole days, from the period's start to its end (or asOf). */
    static List<Instant> burnDownPoints(Window w) {
        long days = Math.max(1, Duration.between(w.from, w.at).toDays());
        long step = Math.max(1, Math.round(days / 12.0));
        List<Instant> points = new ArrayList<>();
        for (Instant t = w.from; t.isBefore(w.at); t = t.plus(Duration.ofDays(step))) {
            points.add(t);
        }
        points.add(w.at);
        return points;
    }

    /** Median of seconds; the mean of the middle two for an even count. */
    static BigDecimal median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.TWO);
    }

    /** The 90th percentile by nearest rank: the smallest value at least 90% of the values do not exceed. */
    static long p90(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(0.9 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static BigDecimal hours(BigDecimal seconds) {
        return seconds.divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Spec spec(String id, String title, String unit, List<String> columns, boolean comparable,
                             List<List<String>> always) {
        return new Spec(id, title, unit, columns, comparable, always);
    }

    private static List<List<String>> keys(List<String> single) {
        return single.stream().map(List::of).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<List<String>> responseKeys() {
        List<List<String>> keys = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            for (String measure : List.of("acknowledge", "contain", "resolve")) {
                keys.add(List.of(severity.name(), measure, "median"));
                keys.add(List.of(severity.name(), measure, "p90"));
            }
        }
        return keys;
    }

    /** The 25 cells of the heat map, likelihood 5 (almost certain) down to 1, impact 1 up to 5 (severe). */
    private static List<List<String>> riskMapKeys() {
        List<List<String>> keys = new ArrayList<>();
        for (int likelihood = SCALE; likelihood >= 1; likelihood--) {
            for (int impact = 1; impact <= SCALE; impact++) {
                keys.add(List.of(String.valueOf(likelihood), String.valueOf(impact)));
            }
        }
        return keys;
    }

    /** The hazard categories, severities and report types a request may name (for checking input). */
    static boolean knownCategory(String category) {
        return Stream.of(HazardCategory.values()).anyMatch(c -> c.name().equals(category));
    }

    static boolean knownSeverity(String severity) {
        return Stream.of(Severity.values()).anyMatch(c -> c.name().equals(severity));
    }

}
