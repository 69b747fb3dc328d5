package dev.vigil.review.blameless;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per rule of rules.json, each with the sentence it flags and the neighbouring sentences
 * it leaves alone: the same wording about a condition or a control. Test names start with the
 * rule id ({@link BlamelessRulesDataTest} holds every rule to that).
 */
class BlamelessRulesTest {

    static final List<String> PEOPLE = List.of("Carl Commander", "carl", "Dana Reviewer", "dana", "Priya Shah", "priya");
    static final BlamelessCheck CHECK = BlamelessCheck.standard();

    static List<BlamelessFinding> findings(String sentence) {
        return CHECK.check("contributing factors", sentence, PEOPLE);
    }

    static BlamelessFinding only(String sentence) {
        List<BlamelessFinding> findings = findings(sentence);
        assertThat(findings).as(sentence).hasSize(1);
        return findings.getFirst();
    }

    static void blameless(String... sentences) {
        for (String sentence : sentences) {
            assertThat(findings(sentence)).as(sentence).isEmpty();
        }
    }

    @Test
    void failed_to_flags_a_person_who_failed_to_act_but_not_a_control_that_failed() {
        BlamelessFinding f = only("Carl failed to check the output before release.");
        assertThat(f.ruleId()).isEqualTo("failed-to");
        assertThat(f.matched()).containsExactly("Carl", "failed to");
        assertThat(f.suggestion()).startsWith("The output was not checked before release:");
        assertThat(only("The on-call engineer's failure to escalate delayed containment.").matched())
                .containsExactly("on-call engineer's", "failure to");

        blameless("The alert threshold failed to fire.",
                "The rollback runbook failed to mention the classifier cache.",
                "A failure to escalate delayed containment.");
    }

    @Test
    void should_have_flags_hindsight_about_a_person_but_not_about_a_control_or_a_passive() {
        BlamelessFinding f = only("Dana should have run the multilingual red-team suite before sign-off.");
        assertThat(f.ruleId()).isEqualTo("should-have");
        assertThat(f.matched()).containsExactly("Dana", "should have");
        assertThat(only("Someone should've noticed the shadow-mode switch.").matched()).containsExactly("Someone", "should've");

        blameless("The system should have blocked the prompt.",
                "The canary should have caught the regression.",
                "The on-call should have been paged by the anomaly detector.");
    }

    @Test
    void forgot_flags_a_person_who_forgot_in_any_form_but_not_a_forgotten_thing() {
        assertThat(only("Carl forgot to re-enable the jailbreak classifier.").ruleId()).isEqualTo("forgot");
        assertThat(only("The on-call had forgotten to re-enable the classifier.").matched())
                .containsExactly("on-call", "forgotten");
        assertThat(only("She keeps forgetting the pre-release checklist.").matched()).containsExactly("She", "forgetting");

        blameless("A forgotten feature flag left the output filter in shadow mode.",
                "The cache forgets its entries after an hour.");
    }

    @Test
    void neglected_flags_a_person_who_neglected_a_duty_but_not_a_neglected_suite() {
        BlamelessFinding f = only("Priya neglected to update the refusal evaluation set.");
        assertThat(f.ruleId()).isEqualTo("neglected");
        assertThat(f.matched()).containsExactly("Priya", "neglected");

        blameless("The pre-deployment evaluation neglected indirect prompt injection.",
                "The eval suite was neglected for two quarters.");
    }

    @Test
    void didnt_bother_flags_a_motive_read_into_a_person_s_omission() {
        assertThat(only("The operator didn't bother to confirm the rollback.").ruleId()).isEqualTo("didnt-bother");
        assertThat(only("The operator didn’t bother to confirm the rollback.").matched())
                .as("a curly apostrophe reads as a straight one")
                .containsExactly("operator", "didn't bother");
        assertThat(only("We did not bother to rerun the red-team suite.").matched()).containsExactly("We", "did not bother");

        blameless("The rollback script did not confirm completion.");
    }

    @Test
    void ignored_flags_a_person_who_ignored_or_overlooked_a_signal_but_not_a_model_that_ignored_a_prompt() {
        BlamelessFinding f = only("He ignored the guardrail alert.");
        assertThat(f.ruleId()).isEqualTo("ignored");
        assertThat(f.suggestion()).startsWith("The guardrail alert got no response:");
        assertThat(only("The red-team findings were overlooked by the release manager.").matched())
                .as("a person named as the agent of a passive")
                .containsExactly("overlooked", "manager");

        blameless("The model ignored the system prompt when the attack spanned three turns.",
                "The deduplication step overlooked near-duplicate transcripts.",
                "Carl was ignored by the paging bot.",
                "Users could easily overlook the warning banner.");
    }

    @Test
    void careless_flags_a_judgement_of_a_person_s_care_but_not_of_a_thing() {
        assertThat(only("The reviewer was careless with the provenance report.").matched())
                .containsExactly("reviewer", "careless");
        assertThat(only("A careless engineer approved the fine-tuning data.").matched())
                .containsExactly("careless", "engineer");
        assertThat(only("The rollback slipped because the engineer wasn't paying attention.").matched())
                .containsExactly("engineer", "wasn't paying attention");
        assertThat(only("Carl's sloppy review let the regression through.").ruleId()).isEqualTo("careless");

        blameless("Sloppy tokenizer normalisation let homoglyph attacks past the input filter.",
                "The careless rollout of the operator dashboard hid the filter state.");
    }

    @Test
    void negligent_flags_a_verdict_of_negligence_on_a_person_but_not_on_a_default() {
        assertThat(only("The on-call was negligent in leaving the kill switch untested.").ruleId()).isEqualTo("negligent");
        assertThat(only("It was reckless of him to skip the staged rollout.").matched()).containsExactly("reckless", "him");

        blameless("A reckless default let the model call tools without approval.");
    }

    @Test
    void incompetent_flags_a_judgement_of_a_person_s_skill_but_not_of_a_heuristic() {
        BlamelessFinding f = only("The incompetent contractor labelled the self-harm examples as benign.");
        assertThat(f.ruleId()).isEqualTo("incompetent");
        assertThat(f.matched()).containsExactly("incompetent", "contractor");

        blameless("An inept heuristic labelled the self-harm examples as benign.");
    }

    @Test
    void human_error_flags_the_phrase_itself_unless_it_is_denied_or_is_the_human_factors_category() {
        BlamelessFinding f = only("This incident was caused by human error during the template change.");
        assertThat(f.ruleId()).isEqualTo("human-error");
        assertThat(f.matched()).containsExactly("human error");
        assertThat(only("Operator error disabled the guardrail.").ruleId()).isEqualTo("human-error");

        blameless("This was not human error: the console offered no confirmation.",
                "We recorded the factor under human factors.");
    }

    @Test
    void fault_flags_a_person_at_fault_to_blame_or_the_culprit_but_not_a_fault_in_a_system() {
        assertThat(only("It was Carl's fault that the unsafe completions reached users.").matched())
                .containsExactly("Carl's", "fault");
        assertThat(only("Carl was the culprit.").matched()).containsExactly("Carl", "the culprit");
        assertThat(only("The culprit was the on-call engineer.").matched()).containsExactly("The culprit", "on-call engineer");
        assertThat(only("Dana is to blame for the leak.").ruleId()).isEqualTo("fault");

        blameless("Nobody was at fault.",
                "It was not Dana's fault.",
                "A fault in the load balancer dropped the filter's requests.",
                "The culprit was a stale classifier.");
    }

    @Test
    void blame_flags_blame_aimed_at_a_person_but_not_at_a_thing_or_declined() {
        BlamelessFinding f = only("The team blamed Priya for the delayed rollback.");
        assertThat(f.ruleId()).isEqualTo("blame");
        assertThat(f.matched()).containsExactly("blamed", "Priya");
        assertThat(only("Carl was blamed for the outage.").matched()).as("the subject of a passive is the one blamed")
                .containsExactly("Carl", "blamed");
        assertThat(only("The blame lies with the operator who approved the template.").matched())
                .containsExactly("blame lies with", "operator");

        blameless("The team blamed the tokenizer.",
                "Carl blamed the stale cache.",
                "Rather than blaming the on-call, we asked why the alert was quiet.");
    }

    @Test
    void responsible_for_failure_flags_a_person_made_the_cause_but_not_a_person_s_ordinary_responsibility() {
        BlamelessFinding f = only("Carl was responsible for the outage.");
        assertThat(f.ruleId()).isEqualTo("responsible-for-failure");
        assertThat(f.matched()).containsExactly("Carl", "responsible for the outage");
        assertThat(only("She caused the incident.").ruleId()).isEqualTo("responsible-for-failure");

        blameless("Priya was responsible for the rollout plan.",
                "The expired certificate caused the outage.");
    }

    @Test
    void mistake_flags_a_person_s_mistake_but_not_a_mistake_found_in_a_config() {
        assertThat(only("Carl Commander made a mistake when disabling the output filter.").matched())
                .containsExactly("Carl Commander", "made a mistake");
        assertThat(only("It was a mistake by the operator.").matched()).containsExactly("mistake by", "operator");
        assertThat(only("Priya botched the guardrail config push.").ruleId()).isEqualTo("mistake");

        blameless("Dana found the mistake in the eval config within an hour.",
                "A mistake in the prompt template exposed the system prompt.",
                "The tokenizer botched the Unicode input.");
    }
}
