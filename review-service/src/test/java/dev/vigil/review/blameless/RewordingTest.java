package dev.vigil.review.blameless;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rewording turns what a person did not do into what did not happen to the thing. */
class RewordingTest {

    static String omission(String after) {
        return Rewording.omission(Word.of(after), false);
    }

    @Test
    void a_verb_becomes_its_participle() {
        assertThat(List.of("check", "re-enable", "stop", "catch", "run", "retry", "roll", "review", "escalate", "submit", "fix"))
                .map(Grammar::participle)
                .containsExactly("checked", "re-enabled", "stopped", "caught", "run", "retried", "rolled", "reviewed",
                        "escalated", "submitted", "fixed");
    }

    @Test
    void the_object_of_the_omitted_action_becomes_the_subject() {
        assertThat(omission("to check the output")).isEqualTo("The output was not checked");
        assertThat(omission("to roll back the model before the launch")).isEqualTo("The model was not rolled back before the launch");
        assertThat(omission("to read the canary logs")).isEqualTo("The canary logs were not read");
        assertThat(omission("to re-enable his filter")).isEqualTo("The filter was not re-enabled");
    }

    @Test
    void after_should_have_the_verb_is_already_a_participle() {
        assertThat(omission("checked the output")).isEqualTo("The output was not checked");
        assertThat(omission("caught the regression in staging")).isEqualTo("The regression was not caught in staging");
    }

    @Test
    void a_clause_stays_whole_and_the_sentence_s_own_verb_is_left_out() {
        assertThat(omission("to confirm that the rollback had completed")).isEqualTo("It was not confirmed that the rollback had completed");
        assertThat(omission("noticed that the classifier had been switched to shadow mode"))
                .isEqualTo("It was not noticed that the classifier had been switched to shadow mode");
        assertThat(omission("that the harness skipped non-English prompts"))
                .isEqualTo("It was missed that the harness skipped non-English prompts");
        assertThat(omission("to escalate left the incident unacknowledged")).isEqualTo("It was not escalated");
    }

    @Test
    void a_negated_should_have_says_the_thing_was_done() {
        assertThat(Rewording.of("{omission}.", "should not have", Word.of("approved the exception without a review")))
                .isEqualTo("The exception was approved without a review.");
        assertThat(Rewording.of("{omission}.", "shouldn't have", Word.of("disabled the filter")))
                .isEqualTo("The filter was disabled.");
        assertThat(Rewording.of("{omission}.", "should have", Word.of("disabled the filter")))
                .isEqualTo("The filter was not disabled.");
    }

    @Test
    void without_an_object_it_says_what_was_not_done_or_that_a_step_was_missed() {
        assertThat(omission("to escalate")).isEqualTo("It was not escalated");
        assertThat(omission("the feature flag")).isEqualTo("The feature flag was missed");
        assertThat(omission("")).isEqualTo("A step was missed");
    }

    @Test
    void a_template_gets_the_object_or_the_signal_and_a_capital() {
        assertThat(Rewording.of("{object} got no response", "ignored", Word.of("the guardrail alert for an hour")))
                .isEqualTo("The guardrail alert got no response");
        assertThat(Rewording.of("{object} got no response", "ignored", Word.of(""))).isEqualTo("The signal got no response");
    }
}
