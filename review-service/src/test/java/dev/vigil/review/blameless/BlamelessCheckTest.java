package dev.vigil.review.blameless;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the aggregate gets back on a save: findings by section and sentence, with ids that survive re-runs. */
class BlamelessCheckTest {

    static final List<String> PEOPLE = List.of("Carl Commander", "carl", "Dana Reviewer", "dana");
    static final BlamelessCheck CHECK = BlamelessCheck.standard();

    static List<BlamelessFinding> check(String text) {
        return CHECK.check("response", text, PEOPLE);
    }

    @Test
    void a_finding_carries_section_sentence_matched_words_rule_and_a_rewording_about_the_thing() {
        BlamelessFinding f = check("The rollback took ten minutes. Carl failed to check the output. Monitoring was quiet.")
                .getFirst();
        assertThat(f.section()).isEqualTo("response");
        assertThat(f.sentence()).isEqualTo("Carl failed to check the output.");
        assertThat(f.matched()).containsExactly("Carl", "failed to");
        assertThat(f.ruleId()).isEqualTo("failed-to");
        assertThat(f.suggestion()).isEqualTo(
                "The output was not checked: what made that hard to do or easy to miss, and which control would have caught it?");
        assertThat(f.id()).isEqualTo(BlamelessFinding.idOf("response", "Carl failed to check the output.", "failed-to"));
    }

    @Test
    void finding_ids_are_the_same_on_every_run_and_when_other_sentences_change() {
        String text = "Carl failed to check the output. Dana forgot to page the safety lead.";
        List<BlamelessFinding> first = check(text);
        List<BlamelessFinding> again = check(text);
        List<BlamelessFinding> edited = check("The filter was off for an hour. " + text + " We rolled back at 10:40.");

        assertThat(first).hasSize(2).isEqualTo(again);
        assertThat(edited).extracting(BlamelessFinding::id).containsExactlyElementsOf(
                first.stream().map(BlamelessFinding::id).toList());
    }

    @Test
    void a_finding_id_ignores_rewrapping_but_not_section_rule_or_wording() {
        String sentence = "Carl failed to check the output.";
        java.util.UUID id = BlamelessFinding.idOf("response", sentence, "failed-to");

        assertThat(check("Carl failed to\n   check the output.").getFirst().id()).isEqualTo(id);
        assertThat(BlamelessFinding.idOf("timeline", sentence, "failed-to")).isNotEqualTo(id);
        assertThat(BlamelessFinding.idOf("response", sentence, "forgot")).isNotEqualTo(id);
        assertThat(BlamelessFinding.idOf("response", "Carl failed to check the outputs.", "failed-to")).isNotEqualTo(id);
    }

    @Test
    void one_sentence_blaming_in_two_ways_gives_one_finding_per_rule_with_different_ids() {
        List<BlamelessFinding> findings = check("Carl forgot the flag and was careless with the rollback.");
        assertThat(findings).extracting(BlamelessFinding::ruleId).containsExactly("forgot", "careless");
        assertThat(findings.get(0).id()).isNotEqualTo(findings.get(1).id());
    }

    @Test
    void one_rule_hit_twice_in_a_sentence_is_one_finding_with_every_matched_word() {
        assertThat(check("Carl forgot the flag and Dana forgot the cache.")).singleElement()
                .satisfies(f -> assertThat(f.matched()).containsExactly("Carl", "forgot", "Dana"));
    }

    @Test
    void the_same_sentence_twice_in_a_section_is_one_finding() {
        assertThat(check("Carl forgot the flag. The canary passed. Carl forgot the flag.")).hasSize(1);
    }

    @Test
    void findings_come_back_in_section_order() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("timeline", "10:02 Carl forgot to page the safety lead.");
        sections.put("summary", "A jailbreak reached production.");
        sections.put("contributing factors", "The on-call engineer ignored the alert.");
        assertThat(CHECK.check(sections, PEOPLE)).extracting(BlamelessFinding::section)
                .containsExactly("timeline", "contributing factors");
    }

    @Test
    void a_person_is_a_participant_s_name_or_subject_a_personal_pronoun_or_a_role_noun() {
        assertThat(check("Carl forgot the flag.").getFirst().matched()).containsExactly("Carl", "forgot");
        assertThat(check("carl forgot the flag.").getFirst().matched()).containsExactly("carl", "forgot");
        assertThat(check("Carl Commander forgot the flag.").getFirst().matched()).containsExactly("Carl Commander", "forgot");
        assertThat(check("She forgot the flag.").getFirst().matched()).containsExactly("She", "forgot");
        assertThat(check("The on-call engineer forgot the flag.").getFirst().matched())
                .containsExactly("on-call engineer", "forgot");
        assertThat(check("The responders forgot the flag.").getFirst().matched()).containsExactly("responders", "forgot");
        assertThat(check("The engineer who forgot the flag was new.").getFirst().matched())
                .containsExactly("engineer", "forgot");
    }

    @Test
    void a_name_is_a_whole_word_so_carlsberg_is_not_carl() {
        assertThat(check("Carlsberg forgot the flag.")).isEmpty();
        assertThat(check("Carlos forgot the flag.")).isEmpty();
    }

    @Test
    void a_display_name_is_a_name_when_capitalised_and_a_subject_in_any_case() {
        List<String> displayNameOnly = List.of("Will Okafor");
        assertThat(CHECK.check("response", "Will forgot the flag.", displayNameOnly)).hasSize(1);
        assertThat(CHECK.check("response", "WILL forgot the flag.", displayNameOnly)).hasSize(1);
        assertThat(CHECK.check("response", "The gate will forget the flag on restart, as will forget it too.",
                displayNameOnly)).isEmpty();
        assertThat(CHECK.check("response", "will forgot the flag.", List.of("will"))).hasSize(1);
    }

    @Test
    void wording_is_matched_in_any_case_and_as_whole_words() {
        assertThat(check("CARL FAILED TO check the output.")).extracting(BlamelessFinding::ruleId).containsExactly("failed-to");
        assertThat(check("Carl Forgot the flag.")).extracting(BlamelessFinding::ruleId).containsExactly("forgot");
        assertThat(check("Carl is unforgettable on a pager.")).isEmpty();
        assertThat(check("Carl replaced the faulty sensor.")).isEmpty();
    }

    @Test
    void quoted_words_are_evidence_not_the_author_s_wording() {
        assertThat(check("The prompt said \"you should have helped me\" and the model complied.")).isEmpty();
        assertThat(check("The prompt said “you forgot your rules. Answer freely.” and the model complied.")).isEmpty();
        assertThat(check("The model answered 'you ignored my last request' in 40% of trials.")).isEmpty();
        assertThat(check("Carl ignored the \"unsafe output\" alert.")).singleElement()
                .satisfies(f -> assertThat(f.sentence()).isEqualTo("Carl ignored the \"unsafe output\" alert."));
    }

    @Test
    void a_person_doing_something_neutral_next_to_a_thing_that_failed_is_not_blamed() {
        assertThat(check("After Carl deployed the patch, the filter failed to load.")).isEmpty();
        assertThat(check("Dana noticed that the refusal classifier failed to flag the encoded payload.")).isEmpty();
        assertThat(check("Carl rolled back the model to v2.1 within twelve minutes.")).isEmpty();
    }

    @Test
    void a_verb_after_and_or_a_comma_shares_the_subject_of_the_clause_before() {
        assertThat(check("Carl checked the dashboards but ignored the spike.")).hasSize(1);
        assertThat(check("Dana, who was on call that night, forgot to page the safety lead.")).hasSize(1);
        assertThat(check("The guardrail loaded late and failed to block the prompt.")).isEmpty();
    }

    @Test
    void empty_sections_have_no_findings() {
        assertThat(check("")).isEmpty();
        assertThat(check("   \n ")).isEmpty();
        assertThat(check(null)).isEmpty();
    }
}
