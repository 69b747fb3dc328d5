package dev.vigil.notification.obligations;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue is data: complete, checked when read, and versioned by its dates in force. */
class RegimeCatalogueTest {

    @Test
    void the_shipped_catalogue_covers_every_regime_with_a_citation_a_version_and_dates_in_force() {
        RegimeCatalogue catalogue = RegimeCatalogue.standard();

        assertThat(catalogue.rules()).extracting(RegimeCatalogue.Rule::regime).containsAll(Arrays.asList(Regime.values()));
        assertThat(catalogue.rules()).extracting(RegimeCatalogue.Rule::id).contains("eu-ai-act-art-73", "eu-ai-act-art-26-5",
                "eu-ai-act-art-55-1c", "gdpr-art-33", "gdpr-art-34", "nis2-art-23", "dora-art-19", "sec-8k-item-1-05",
                "ca-sb53-critical-safety-incident", "ny-raise-safety-incident");
        assertThat(catalogue.rules()).allSatisfy(rule -> {
            assertThat(rule.citation()).isNotBlank();
            assertThat(rule.version()).isNotBlank();
            assertThat(rule.inForceFrom()).isNotNull();
            assertThat(rule.stages()).allSatisfy(stage -> assertThat(stage.source()).isNotBlank());
        });
    }

    @Test
    void a_stage_may_only_count_from_the_submission_of_an_earlier_stage() {
        String json = catalogueWith(rule("r", "2020-01-01", null, """
                [{"id": "a", "name": "A", "deadline": {"earliestOf": [{"amount": 1, "unit": "MONTHS", "afterSubmissionOf": "b"}]}},
                 {"id": "b", "name": "B", "deadline": {"earliestOf": [{"amount": 1, "unit": "HOURS"}]}}]"""));

        assertThatThrownBy(() -> RegimeCatalogue.parse(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counts from b, which is not an earlier stage");
    }

    @Test
    void a_misspelt_field_is_refused_rather_than_ignored() {
        String json = catalogueWith(rule("r", "2020-01-01", null, """
                [{"id": "a", "name": "A", "deadline": {"earliestOf": [{"amount": 1, "unit": "HOURS", "form": "AWARE_AT"}]}}]"""));

        assertThatThrownBy(() -> RegimeCatalogue.parse(json)).hasMessageContaining("form");
    }

    @Test
    void the_version_in_force_when_the_clock_starts_is_the_one_that_counts() {
        RegimeCatalogue catalogue = RegimeCatalogue.parse(catalogueWith(
                rule("sec", "2020-01-01", "2027-01-01", stageWithin(4)) + ",\n" + rule("sec", "2027-01-01", null, stageWithin(2))));
        Obligations obligations = new Obligations(catalogue, new JollydayHolidays());
        Scenario s = SecObligationsTest.materialIncidentAtARegistrant("2026-12-30T10:00");

        List<Obligation> old = obligations.compute(s.profile(), s.system(), s.incident(), s.determinations(), List.of());
        s.secMaterialityDeterminedAt = SecObligationsTest.newYork("2027-01-05T10:00");
        List<Obligation> amended = obligations.compute(s.profile(), s.system(), s.incident(), s.determinations(), List.of());

        assertThat(old).singleElement().satisfies(o -> {
            assertThat(o.ruleVersion()).isEqualTo("from 2020-01-01");
            // Thursday 31 December, (New Year's Day), Monday 4, Tuesday 5, Wednesday 6 January
            assertThat(o.stages().getFirst().dueAt()).isEqualTo(SecObligationsTest.newYork("2027-01-06T10:00"));
        });
        assertThat(amended).singleElement().satisfies(o -> {
            assertThat(o.ruleVersion()).isEqualTo("from 2027-01-01");
            // two business days, where the old version would have given four (Monday 11 January)
            assertThat(o.stages().getFirst().dueAt()).isEqualTo(SecObligationsTest.newYork("2027-01-07T10:00"));
        });
        assertThat(amended.getFirst().key()).as("the same obligation, revised").isEqualTo(old.getFirst().key());
    }

    @Test
    void a_jurisdiction_lies_in_a_territory_when_it_or_the_country_it_belongs_to_is_listed() {
        RegimeCatalogue catalogue = RegimeCatalogue.standard();

        assertThat(catalogue.contains("EU", "DE")).isTrue();
        assertThat(catalogue.contains("EU", "DE-BY")).isTrue();
        assertThat(catalogue.contains("EU", "DEU")).isFalse();
        assertThat(catalogue.contains("EU", "US-CA")).isFalse();
        assertThat(catalogue.contains("US", "US-CA")).isTrue();
    }

    static String catalogueWith(String rules) {
        return """
                {"version": "test", "territories": {"US": ["US"]}, "rules": [%s]}""".formatted(rules);
    }

    static String rule(String id, String from, String until, String stages) {
        return """
                {"id": "%s", "regime": "SEC", "title": "t", "citation": "c", "version": "from %s",
                 "inForceFrom": "%s", "inForceUntil": %s,
                 "territory": {"code": "US", "basis": []}, "conditions": ["SEC_REGISTRANT", "SEC_MATERIAL_INCIDENT"],
                 "clockStart": {"mode": "FIRST_KNOWN", "facts": ["SEC_MATERIALITY_DETERMINED_AT"]},
                 "authority": {"jurisdiction": "US", "defaultName": "SEC", "defaultZone": "America/New_York"},
                 "stages": %s}""".formatted(id, from, from, until == null ? "null" : "\"" + until + "\"", stages);
    }

    static String stageWithin(int businessDays) {
        return """
                [{"id": "form", "name": "Form", "source": "s",
                  "deadline": {"earliestOf": [{"amount": %d, "unit": "BUSINESS_DAYS"}]}}]""".formatted(businessDays);
    }

}
