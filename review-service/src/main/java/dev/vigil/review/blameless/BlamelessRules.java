package dev.vigil.review.blameless;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule set and the words that point at a person, as data: who counts as a person is policy,
 * so pronouns and role nouns live beside the rules rather than in code.
 */
public record BlamelessRules(List<BlamelessRule> rules, Set<String> pronouns, Set<String> roleNouns) {

    public static final String RESOURCE = "/blameless/rules.json";

    public BlamelessRules {
        rules = List.copyOf(rules);
        pronouns = lowerCase(pronouns);
        roleNouns = lowerCase(roleNouns);
        Set<String> ids = rules.stream().map(BlamelessRule::id).collect(Collectors.toSet());
        if (ids.size() != rules.size()) {
            throw new IllegalArgumentException("blameless rule ids must be unique");
        }
    }

    /** The rules shipped with the service. */
    public static BlamelessRules standard() {
        try (InputStream in = BlamelessRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BlamelessRules parse(InputStream json) {
        return JsonMapper.builder().build().readValue(json, BlamelessRules.class);
    }

    public BlamelessRule rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no blameless rule " + id));
    }

    private static Set<String> lowerCase(Set<String> words) {
        return words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
