package dev.vigil.notification.obligations;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The regimes' notification rules, kept as data (regimes/catalogue.json) so that a new reading, a
 * new version of a rule or a changed date in force is an edit of the catalogue, not of the code.
 *
 * @param territories each territory's member jurisdictions (EU: the Union and its member states)
 */
public record RegimeCatalogue(String version, Map<String, List<String>> territories, List<Rule> rules) {

    public static final String RESOURCE = "/regimes/catalogue.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public RegimeCatalogue {
        territories = Map.copyOf(territories);
        rules = List.copyOf(rules);
        check(territories, rules);
    }

    /** The catalogue shipped with the service. */
    public static RegimeCatalogue standard() {
        try (InputStream in = RegimeCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a catalogue, refusing one that is malformed, has a misspelt field, or breaks a rule of its own. */
    public static RegimeCatalogue parse(String json) {
        try {
            return JSON.readValue(json, RegimeCatalogue.class);
        } catch (JacksonException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw invalid;
            }
            throw new IllegalArgumentException("regime catalogue: " + e.getMessage(), e);
        }
    }

    /** Whether a jurisdiction lies in a territory: listed itself, or a subdivision of a listed one (DE-BY in DE). */
    public boolean contains(String territory, String jurisdiction) {
        return jurisdiction != null && territories.get(territory).stream()
                .anyMatch(code -> code.equals(jurisdiction) || jurisdiction.startsWith(code + "-"));
    }

    /**
     * One rule in one version. Several versions of a rule share its id and differ in their dates in
     * force; the one in force when the clock starts is the one that counts.
     *
     * @param conditions what must all hold, besides the territory, for the rule to apply
     * @param reading    how the text is read here where sources differ, with {@code source} citing them
     */
    public record Rule(String id, Regime regime, String title, String citation, String version,
                       LocalDate inForceFrom, LocalDate inForceUntil, Territory territory, List<Condition> conditions,
                       ClockStart clockStart, AuthorityRule authority, List<StageRule> stages, String reading,
                       String source) {

        public Rule {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
            stages = List.copyOf(stages);
        }

        public boolean inForceOn(LocalDate date) {
            return !date.isBefore(inForceFrom) && (inForceUntil == null || date.isBefore(inForceUntil));
        }
    }

    /**
     * Where the rule reaches.
     *
     * @param code  a key of the catalogue's territories
     * @param basis which facts must lie in it (any one will do); empty means the rule reaches wherever
     *              its condition holds, and the territory only places the authority
     */
    public record Territory(String code, List<TerritoryBasis> basis) {
        public Territory {
            basis = basis == null ? List.of() : List.copyOf(basis);
        }
    }

    public enum TerritoryBasis {
        /** where the incident happened */
        INCIDENT,
        /** where one of the organisation's legal entities is established */
        ESTABLISHMENT,
        /** where the AI system is placed on the market or used */
        DEPLOYMENT
    }

    /** Which fact starts the clock: the first known of a fallback list, or the latest known of several. */
    public record ClockStart(ClockStartMode mode, List<Fact> facts) {
        public ClockStart {
            facts = List.copyOf(facts);
        }
    }

    public enum ClockStartMode {
        FIRST_KNOWN, LATEST_KNOWN
    }

    /**
     * Who receives the notification.
     *
     * @param jurisdiction a fixed jurisdiction (EU for a Union body, US-CA, ...), or null for one
     *                     authority per jurisdiction of the territory found by {@code placedBy}
     * @param placedBy     which facts place the authority (the incident's place, the establishment);
     *                     when none lies in the territory, every jurisdiction that met it does
     * @param defaultName  used when the organisation profile names no authority for the jurisdiction
     */
    public record AuthorityRule(String jurisdiction, TerritoryBasis placedBy, String defaultName, ZoneId defaultZone) {
    }

    /** One stage of an obligation (early warning, notification, final report ...). */
    public record StageRule(String id, String name, Deadline deadline, List<Variant> variants, String reading,
                            String source) {
        public StageRule {
            variants = variants == null ? List.of() : List.copyOf(variants);
        }
    }

    /**
     * When a stage is due: at once ({@code immediately} holds the text's wording, such as "without
     * undue delay"), or at the earliest of several limits ("4 h after classification but no later
     * than 24 h after awareness").
     */
    public record Deadline(String immediately, List<Limit> earliestOf) {
        public Deadline {
            earliestOf = earliestOf == null ? List.of() : List.copyOf(earliestOf);
        }
    }

    /**
     * One time limit, counted from the rule's clock start, from another fact, or from the submission
     * of another stage of the same obligation.
     */
    public record Limit(int amount, DeadlineUnit unit, Fact from, String afterSubmissionOf) {
    }

    /**
     * A shorter deadline that replaces the stage's own when any of its conditions holds.
     *
     * @param unknownCounts whether a condition still unknown counts as holding: the catalogue says so
     *                      where a fact, rather than a pending determination, leaves it open (a
     *                      death not told apart from serious injuries), since being early is the safe error
     */
    public record Variant(List<Condition> whenAny, boolean unknownCounts, Deadline deadline, String reading) {
        public Variant {
            whenAny = List.copyOf(whenAny);
        }
    }

    private static void check(Map<String, List<String>> territories, List<Rule> rules) {
        for (Rule rule : rules) {
            String at = "rule " + rule.id() + " " + rule.version() + ": ";
            require(rule.id() != null && rule.regime() != null && rule.citation() != null && rule.version() != null
                    && rule.inForceFrom() != null, at + "id, regime, citation, version and inForceFrom are required");
            require(rule.territory() != null && territories.containsKey(rule.territory().code()),
                    at + "unknown territory");
            require(rule.clockStart() != null && !rule.clockStart().facts().isEmpty(), at + "a clock start is required");
            require(rule.authority() != null && rule.authority().defaultName() != null
                    && rule.authority().defaultZone() != null, at + "an authority with a default name and zone is required");
            require(!rule.stages().isEmpty(), at + "at least one stage is required");
            Set<String> stageIds = new HashSet<>();
            for (StageRule stage : rule.stages()) {
                require(stage.id() != null && stage.name() != null, at + "a stage needs an id and a name");
                checkDeadline(at + "stage " + stage.id() + ": ", stage.deadline(), stageIds);
                stage.variants().forEach(v -> checkDeadline(at + "stage " + stage.id() + " variant: ", v.deadline(), stageIds));
                require(stageIds.add(stage.id()), at + "stage ids must be unique");
            }
        }
    }

    /** A stage may only count from the submission of a stage listed before it, so there are no cycles. */
    private static void checkDeadline(String at, Deadline deadline, Set<String> earlierStages) {
        require(deadline != null && (deadline.immediately() != null) != !deadline.earliestOf().isEmpty(),
                at + "a deadline is either immediate or a list of limits");
        for (Limit limit : deadline.earliestOf()) {
            require(limit.unit() != null && limit.amount() > 0, at + "a limit needs a positive amount and a unit");
            require(limit.from() == null || limit.afterSubmissionOf() == null, at + "a limit counts from one thing");
            require(limit.afterSubmissionOf() == null || earlierStages.contains(limit.afterSubmissionOf()),
                    at + "counts from " + limit.afterSubmissionOf() + ", which is not an earlier stage");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("regime catalogue: " + message);
        }
    }
}
