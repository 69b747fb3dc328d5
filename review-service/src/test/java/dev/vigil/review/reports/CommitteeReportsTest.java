package dev.vigil.review.reports;

import dev.vigil.review.reports.CommitteeReport.Filters;
import dev.vigil.review.reports.CommitteeReports.Request;
import dev.vigil.review.reports.CommitteeReports.Type;
import dev.vigil.review.reports.CommitteeReports.Viewer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static dev.vigil.review.reports.SeededHistory.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** October 2026 of {@link SeededHistory}, every figure worked out by hand from the facts. */
class CommitteeReportsTest {

    static final Instant FROM = t("2026-10-01T00:00:00Z");
    static final Instant TO = t("2026-11-01T00:00:00Z");
    static final Instant AS_OF = t("2026-11-15T00:00:00Z");
    static final Viewer CORA = new Viewer("cora", true);

    static CommitteeReport october(Type type, Filters filters, Instant asOf, Viewer viewer) {
        return CommitteeReports.report(SeededHistory.facts(), new Request(type, FROM, TO, asOf, filters), viewer);
    }

    static CommitteeReport october() {
        return october(Type.COMMITTEE, Filters.NONE, AS_OF, CORA);
    }

    static void figure(CommitteeReport report, String table, String current, String previous, String... keys) {
        var row = report.table(table).row(keys);
        assertThat(row.current()).as(table + " " + List.of(keys)).isEqualByComparingTo(current);
        if (previous == null) {
            assertThat(row.previous()).as(table + " previous " + List.of(keys)).isNull();
        } else {
            assertThat(row.previous()).as(table + " previous " + List.of(keys)).isEqualByComparingTo(previous);
        }
    }

    @Test
    void the_previous_period_has_the_same_length_and_ends_where_the_period_starts() {
        var report = october();
        assertThat(report.previous().from()).isEqualTo(t("2026-08-31T00:00:00Z"));
        assertThat(report.previous().to()).isEqualTo(FROM);
    }

    @Test
    void incidents_are_counted_by_severity_category_system_and_harm_without_the_drills() {
        var r = october();
        figure(r, "incidents", "3", "1", "total");
        assertThat(r.table("incidents").row("total").records())
                .containsExactly("INC-2026-0001", "INC-2026-0002", "RST-2026-0001");
        figure(r, "incidents-by-severity", "1", "0", "SEV1");
        figure(r, "incidents-by-severity", "2", "0", "SEV2");
        figure(r, "incidents-by-severity", "0", "1", "SEV3");
        figure(r, "incidents-by-category", "2", "0", "PRIVACY_LEAKAGE");
        figure(r, "incidents-by-category", "1", "0", "MISUSE");
        figure(r, "incidents-by-category", "0", "1", "HARMFUL_CONTENT");
        assertThat(r.table("incidents-by-category").rows()).noneMatch(row -> row.keys().contains("MODEL_MALFUNCTION"));
        figure(r, "incidents-by-system", "3", "0", "bot");
        figure(r, "incidents-by-system", "0", "1", "search");
        figure(r, "incidents-by-harm", "1", "0", "INCIDENT");
        figure(r, "incidents-by-harm", "1", "0", "HAZARD");
        figure(r, "incidents-by-harm", "1", "1", "UNASSESSED");
    }

    @Test
    void a_repeat_is_an_incident_of_the_same_system_and_category_within_90_days() {
        var r = october();
        figure(r, "incidents", "1", "0", "repeats");
        assertThat(r.table("incidents").row("repeats").records()).containsExactly("INC-2026-0002");
    }

    @Test
    void response_times_are_median_and_p90_hours_per_severity() {
        var r = october();
        // SEV2: A acknowledged after 0.5 h, D after 2 h; A resolved after 24 h, D (on 5 Nov, known by asOf) after 384 h
        figure(r, "response-times", "1.3", null, "SEV2", "acknowledge", "median");
        figure(r, "response-times", "2.0", null, "SEV2", "acknowledge", "p90");
        figure(r, "response-times", "204.0", null, "SEV2", "resolve", "median");
        figure(r, "response-times", "384.0", null, "SEV2", "resolve", "p90");
        figure(r, "response-times", "1.0", null, "SEV1", "acknowledge", "median");
        figure(r, "response-times", "4.0", null, "SEV1", "contain", "median");
        figure(r, "response-times", "24.0", null, "SEV1", "resolve", "p90");
        assertThat(r.table("response-times").row("SEV4", "resolve", "median").current()).isNull();
        assertThat(r.table("response-times").row("SEV3", "resolve", "median").previous()).isEqualByComparingTo("10.0");
    }

    @Test
    void reviews_opened_published_time_to_publication_and_overdue_drafts() {
        var r = october();
        figure(r, "pirs", "2", "1", "opened");
        figure(r, "pirs", "1", "0", "published");
        figure(r, "pirs", "5.0", null, "median-days-resolution-to-publication");
        figure(r, "pirs", "1", "0", "overdue-drafts");
        assertThat(r.table("pirs").row("overdue-drafts").records()).containsExactly(SeededHistory.R0.toString());
    }

    @Test
    void action_items_opened_closed_slipped_accepted_and_open_by_age_and_team() {
        var r = october();
        figure(r, "action-items", "2", "1", "opened");
        figure(r, "action-items", "1", "0", "done");
        figure(r, "action-items", "1", "0", "verified");
        figure(r, "action-items", "1", "0", "wont-do-accepted");
        figure(r, "action-items", "1", "0", "slipped");
        figure(r, "action-items", "1", "1", "open");
        figure(r, "action-items", "1", "1", "overdue");
        assertThat(r.table("action-items").row("open").records()).containsExactly(SeededHistory.I2.toString());
        assertThat(r.table("action-items").row("open").previousRecords()).containsExactly(SeededHistory.I3.toString());
        figure(r, "action-items-open-by-age", "1", "1", "platform", "0-30 days");
        figure(r, "action-items-overdue-by-team", "1", "1", "platform", "up to 30 days");
    }

    @Test
    void exceptions_active_by_rating_expiring_expired_and_incidents_on_excepted_systems() {
        var r = october();
        // at 1 November X1 (HIGH) and X3 (MEDIUM, approved 4 October) stand; at 1 October X1 and X2 (CRITICAL)
        figure(r, "exceptions", "2", "2", "active");
        assertThat(r.table("exceptions").row("active").records()).containsExactly("EXC-2026-0001", "EXC-2026-0003");
        figure(r, "exceptions", "1", "1", "expiring-within-30-days");
        figure(r, "exceptions", "1", "0", "expired");
        figure(r, "exceptions", "0", "0", "renewed");
        figure(r, "exceptions", "1", "0", "incidents-on-excepted-systems");
        figure(r, "exceptions-active-by-rating", "1", "1", "HIGH");
        figure(r, "exceptions-active-by-rating", "1", "0", "MEDIUM");
        figure(r, "exceptions-active-by-rating", "0", "1", "CRITICAL");
    }

    @Test
    void the_heat_map_counts_active_exceptions_by_likelihood_and_impact_and_names_them() {
        var map = october().table("exception-risk-map");
        assertThat(map.columns()).containsExactly("likelihood", "impact");
        // X1 was scored likelihood 4 × impact 3, X2 5 × 4 (expired on 15 October); X3's event carries no scores
        figure(october(), "exception-risk-map", "1", "1", "4", "3");
        figure(october(), "exception-risk-map", "0", "1", "5", "4");
        figure(october(), "exception-risk-map", "1", "0", CommitteeReports.NOT_RATED, CommitteeReports.NOT_RATED);
        assertThat(map.row("4", "3").records()).containsExactly("EXC-2026-0001");
        assertThat(map.row("5", "4").previousRecords()).containsExactly("EXC-2026-0002");
        assertThat(map.row(CommitteeReports.NOT_RATED, CommitteeReports.NOT_RATED).records())
                .containsExactly("EXC-2026-0003");
        // every cell of the 5 × 5 grid, likelihood 5 first, then the unrated row; the cells add up to the active
        assertThat(map.rows()).hasSize(26);
        assertThat(map.rows().getFirst().keys()).containsExactly("5", "1");
        assertThat(map.rows().get(24).keys()).containsExactly("1", "5");
        assertThat(map.rows().stream().map(CommitteeReport.Row::current).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("2");
        assertThat(map.rows().stream().map(CommitteeReport.Row::previous).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("2");
        assertThat(map.rows().stream().filter(row -> !row.keys().equals(List.of("4", "3"))
                && !row.keys().equals(List.of("5", "4")) && !row.keys().getFirst().equals(CommitteeReports.NOT_RATED)))
                .allSatisfy(row -> assertThat(row.current()).isZero());
    }

    @Test
    void obligations_by_regime_filings_with_their_margin_and_open_stages_with_their_time_left() {
        var r = october();
        figure(r, "obligations-by-regime", "1", "0", "EU_AI_ACT", "recorded");
        figure(r, "obligations-by-regime", "1", "0", "EU_AI_ACT", "submitted-on-time");
        figure(r, "obligations-by-regime", "1", "0", "EU_AI_ACT", "open");
        figure(r, "obligations-by-regime", "1", "1", "GDPR", "recorded");
        figure(r, "obligations-by-regime", "1", "0", "GDPR", "submitted-late");
        figure(r, "obligations-by-regime", "1", "0", "GDPR", "not-applicable");
        figure(r, "obligations-by-regime", "0", "1", "GDPR", "open");
        figure(r, "filings", "1", null, "EU_AI_ACT", "initial", "INC-2026-0001", "on time", "PT24H");
        figure(r, "filings", "1", null, "GDPR", "notice", "INC-2026-0002", "late", "late by PT24H");
        figure(r, "open-obligations", "696.0", null, "EU_AI_ACT", "Serious incident report", "final",
                "2026-11-30T00:00:00Z", "left");
    }

    @Test
    void the_pattern_review_counts_standing_factors_by_category_layer_and_control_and_action_items_per_layer() {
        var r = october();
        figure(r, "factors-by-category", "1", "0", "MONITORING_GAP");
        figure(r, "factors-by-category", "1", "0", "DATA");
        figure(r, "factors-by-category", "0", "0", "PROCESS");
        figure(r, "factors-by-layer", "1", "0", "MONITORING_DETECTION");
        figure(r, "factors-by-layer", "0", "0", "HUMAN_OVERSIGHT");
        figure(r, "controls-most-named", "1", "0", "CTL-7");
        figure(r, "controls-most-named", "1", "0", "CTL-2");
        figure(r, "action-items-by-layer", "1", "0", "MONITORING_DETECTION");
        figure(r, "action-items-by-layer", "1", "0", "RUNTIME_GUARDRAILS");
    }

    @Test
    void drills_are_counted_apart_with_the_days_since_each_kill_switch_was_exercised() {
        var r = october();
        figure(r, "drills", "1", "1", "bot", "KILL_SWITCH/FEATURE");
        figure(r, "drills", "0", "1", "bot", "KILL_SWITCH/MODEL");
        figure(r, "kill-switch-last-exercised", "26", "29", "dosage-answers");
        figure(r, "kill-switch-last-exercised", "60", "29", "chat");
        assertThat(r.table("incidents").row("total").records()).doesNotContain("INC-2026-0004", "INC-2026-0000");
    }

    @Test
    void as_of_an_earlier_instant_the_report_knows_only_what_was_recorded_by_then() {
        var r = october(Type.COMMITTEE, Filters.NONE, t("2026-10-12T00:00:00Z"), CORA);
        figure(r, "incidents", "2", "1", "total");
        figure(r, "action-items", "0", "0", "done");
        figure(r, "action-items", "2", "1", "opened");
        // D had not been resolved by 2 November: only A's 24 hours count
        var early = october(Type.COMMITTEE, Filters.NONE, t("2026-11-02T00:00:00Z"), CORA);
        figure(early, "response-times", "24.0", null, "SEV2", "resolve", "median");
        assertThat(october()).isEqualTo(october());
    }

    @Test
    void restricted_records_are_counted_but_named_only_to_those_who_may_know_them() {
        var paul = october(Type.COMMITTEE, Filters.NONE, AS_OF, new Viewer("paul", false));
        var total = paul.table("incidents").row("total");
        assertThat(total.current()).isEqualByComparingTo("3");
        assertThat(total.records()).containsExactly("INC-2026-0001", "INC-2026-0002");
        assertThat(total.withheld()).isEqualTo(1);
        var rita = october(Type.COMMITTEE, Filters.NONE, AS_OF, new Viewer("rita", false));
        assertThat(rita.table("incidents").row("total").records()).contains("RST-2026-0001");
    }

    @Test
    void filters_cut_every_figure_to_a_system_or_a_team() {
        var search = october(Type.COMMITTEE, new Filters("search", null, null, null), AS_OF, CORA);
        figure(search, "incidents", "0", "1", "total");
        // X3 waives controls for search since 4 October; X2 did until 15 October
        figure(search, "exceptions", "1", "1", "active");
        figure(search, "obligations-by-regime", "0", "1", "GDPR", "recorded");
        figure(search, "obligations-by-regime", "1", "0", "GDPR", "not-applicable");
        var platform = october(Type.TEAM, new Filters(null, "platform", null, null), AS_OF, CORA);
        figure(platform, "incidents", "1", "1", "total");
        figure(platform, "action-items", "1", "1", "opened");
        assertThat(platform.tables()).extracting(CommitteeReport.Table::id).doesNotContain("exceptions");
    }

    @Test
    void a_team_cuts_incidents_to_those_with_its_action_items_and_exceptions_to_its_systems() {
        var r = october(Type.COMMITTEE, new Filters(null, "platform", null, null), AS_OF, CORA);
        // B (item I2) this period, C (item I3) the previous one; A's and D's items are not platform's
        figure(r, "incidents", "1", "1", "total");
        assertThat(r.table("incidents").row("total").records()).containsExactly("INC-2026-0002");
        figure(r, "pirs", "1", "1", "opened");
        figure(r, "action-items", "1", "1", "opened");
        figure(r, "obligations-by-regime", "1", "1", "GDPR", "recorded");
        assertThat(r.table("obligations-by-regime").rows()).noneMatch(row -> row.keys().contains("EU_AI_ACT"));
        figure(r, "factors-by-category", "1", "0", "DATA");
        figure(r, "factors-by-category", "0", "0", "MONITORING_GAP");
        // search is the platform team's system: X3 now, X2 before; bot (X1) is the safety team's
        figure(r, "exceptions", "1", "1", "active");
        figure(r, "exception-risk-map", "1", "0", CommitteeReports.NOT_RATED, CommitteeReports.NOT_RATED);
        figure(r, "exception-risk-map", "0", "1", "5", "4");
        figure(r, "exception-risk-map", "0", "0", "4", "3");
        var safety = october(Type.COMMITTEE, new Filters(null, "safety", null, null), AS_OF, CORA);
        figure(safety, "exceptions", "1", "1", "active");
        figure(safety, "exception-risk-map", "1", "1", "4", "3");
        figure(safety, "incidents", "1", "0", "total");
        // drills have no action items: no team's
        assertThat(safety.table("drills").rows()).isEmpty();
    }

    @Test
    void a_category_or_a_severity_cuts_incidents_and_what_hangs_off_them_but_not_exceptions() {
        var privacy = october(Type.COMMITTEE, new Filters(null, null, "PRIVACY_LEAKAGE", null), AS_OF, CORA);
        figure(privacy, "incidents", "2", "0", "total");
        figure(privacy, "pirs", "2", "0", "opened");
        figure(privacy, "action-items", "2", "0", "opened");
        figure(privacy, "obligations-by-regime", "1", "0", "EU_AI_ACT", "recorded");
        figure(privacy, "obligations-by-regime", "1", "0", "GDPR", "recorded");
        figure(privacy, "factors-by-category", "1", "0", "MONITORING_GAP");
        figure(privacy, "factors-by-category", "1", "0", "DATA");
        figure(privacy, "exceptions", "1", "0", "incidents-on-excepted-systems");
        figure(privacy, "exceptions", "2", "2", "active");
        assertThat(privacy.table("drills").rows()).isEmpty();
        var sev1 = october(Type.COMMITTEE, new Filters(null, null, null, "SEV1"), AS_OF, CORA);
        figure(sev1, "incidents", "1", "0", "total");
        assertThat(sev1.table("incidents").row("total").records()).containsExactly("INC-2026-0002");
        figure(sev1, "pirs", "1", "0", "opened");
        figure(sev1, "action-items", "1", "0", "opened");
        figure(sev1, "obligations-by-regime", "1", "0", "GDPR", "submitted-late");
        assertThat(sev1.table("obligations-by-regime").rows()).noneMatch(row -> row.keys().contains("EU_AI_ACT"));
        figure(sev1, "factors-by-category", "1", "0", "DATA");
        figure(sev1, "factors-by-category", "0", "0", "MONITORING_GAP");
        figure(sev1, "exceptions", "2", "2", "active");
        figure(sev1, "exceptions", "0", "0", "incidents-on-excepted-systems");
    }

    @Test
    void the_board_sees_trends_the_five_largest_open_risks_and_late_filings() {
        var board = october(Type.BOARD, Filters.NONE, AS_OF, CORA);
        assertThat(board.tables()).extracting(CommitteeReport.Table::id).containsExactly("incidents",
                "incidents-by-severity", "severity-by-month", "time-to-resolve-by-month", "largest-open-risks",
                "late-filings");
        var risks = board.table("largest-open-risks").rows();
        assertThat(risks).extracting(row -> row.keys().subList(0, 3)).containsExactly(
                List.of("action item", "1", SeededHistory.I2.toString()),
                List.of("exception", "1", "EXC-2026-0001"),
                List.of("exception", "2", "EXC-2026-0003"),
                List.of("obligation", "1", SeededHistory.O1 + " final"));
        assertThat(risks.get(0).current()).isEqualByComparingTo("2");
        assertThat(risks.get(1).keys().get(3)).startsWith("residual risk HIGH (likelihood 4 × impact 3)");
        assertThat(risks.get(2).keys().get(3)).startsWith("residual risk MEDIUM, expires");
        assertThat(risks.get(3).current()).isEqualByComparingTo("696.0");
        figure(board, "late-filings", "1", null, "GDPR", "notice", "INC-2026-0002", "PT24H");
        figure(board, "severity-by-month", "1", null, "2026-10", "SEV1");
        figure(board, "time-to-resolve-by-month", "24.0", null, "2026-10");
    }

    @Test
    void the_burn_down_counts_open_items_at_each_point_of_the_period() {
        var r = october();
        var points = r.table("action-item-burn-down").rows();
        assertThat(points.getFirst().keys()).containsExactly("2026-10-01T00:00:00Z");
        assertThat(points.getFirst().current()).isEqualByComparingTo("1");
        assertThat(points.getLast().keys()).containsExactly("2026-11-01T00:00:00Z");
        assertThat(points.getLast().current()).isEqualByComparingTo("1");
    }

    @Test
    void a_period_must_end_after_it_starts() {
        assertThatThrownBy(() -> CommitteeReports.report(List.of(), new Request(Type.COMMITTEE, TO, FROM, AS_OF,
                Filters.NONE), CORA)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BigDecimal.ONE).isNotNull();
    }
}
