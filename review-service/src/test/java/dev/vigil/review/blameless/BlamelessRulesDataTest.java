package dev.vigil.review.blameless;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule set is data: it loads, every rule is complete, documented and tested. */
class BlamelessRulesDataTest {

    static final BlamelessRules RULES = BlamelessRules.standard();

    @Test
    void the_shipped_rules_load_with_their_person_words() {
        assertThat(RULES.rules()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(RULES.pronouns()).contains("he", "she", "they", "we", "i", "you", "him", "her");
        assertThat(RULES.roleNouns()).contains("engineer", "on-call", "operator");
    }

    @Test
    void every_rule_has_a_description_wording_and_a_rewording_with_only_known_placeholders() {
        assertThat(RULES.rules()).allSatisfy(rule -> {
            assertThat(rule.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(rule.description()).isNotBlank();
            assertThat(rule.phrases()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
            assertThat(rule.rewording().replace("{omission}", "").replace("{object}", "")).doesNotContain("{", "}");
            assertThat(rule.subjects().isEmpty()).as(rule.id() + ": a rule that needs a person says where it stands")
                    .isEqualTo(rule.positions().isEmpty());
        });
    }

    @Test
    void every_rule_is_documented_in_the_readme_beside_it() throws IOException {
        String readme;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/blameless/README.md"))) {
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(RULES.rules()).allSatisfy(rule -> assertThat(readme).contains("### `" + rule.id() + "`"));
    }

    @Test
    void every_rule_has_its_own_test() {
        assertThat(RULES.rules()).allSatisfy(rule -> assertThat(Arrays.stream(BlamelessRulesTest.class.getDeclaredMethods())
                .map(Method::getName))
                .as("a test in BlamelessRulesTest named after " + rule.id())
                .anyMatch(name -> name.startsWith(rule.id().replace('-', '_') + "_")));
    }

    @Test
    void rule_ids_are_unique() {
        BlamelessRule rule = RULES.rule("forgot");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BlamelessRules(
                        java.util.List.of(rule, rule), RULES.pronouns(), RULES.roleNouns()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
