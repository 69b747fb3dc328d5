package dev.vigil.review.reviews;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sections of a blameless review, in the order they are read (the Google SRE, Atlassian, PagerDuty and
 * Etsy templates share them). {@link #key()} is the name in paths, events and findings.
 */
public enum Section {
    SUMMARY("summary", true),
    IMPACT("impact", true),
    TIMELINE("timeline", true),
    DETECTION("detection", true),
    RESPONSE_AND_RECOVERY("response-and-recovery", true),
    CONTRIBUTING_FACTORS("contributing-factors", false),
    WHAT_WENT_WELL("what-went-well", false),
    WHAT_WENT_POORLY("what-went-poorly", false),
    WHERE_WE_GOT_LUCKY("where-we-got-lucky", false),
    LESSONS("lessons", true);

    private final String key;
    private final boolean required;

    Section(String key, boolean required) {
        this.key = key;
        this.required = required;
    }

    public String key() {
        return key;
    }

    /** Whether a review can be submitted without it. */
    public boolean required() {
        return required;
    }

    /** By its key ({@code response-and-recovery}) or its name ({@code RESPONSE_AND_RECOVERY}). */
    public static Optional<Section> of(String name) {
        return Arrays.stream(values()).filter(s -> s.key.equals(name) || s.name().equals(name)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(Section::key).toList());
    }
}
