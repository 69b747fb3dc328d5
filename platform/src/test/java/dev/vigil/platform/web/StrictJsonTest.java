package dev.vigil.platform.web;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {

    enum Severity { SEV1, SEV2 }

    record Body(String title, Integer people, Boolean restricted, Instant at, Severity severity) {
    }

    static final JsonMapper JSON = StrictJson.apply(JsonMapper.builder()).build();

    @Test
    void a_key_given_twice_is_refused_rather_than_the_last_one_winning() {
        assertThatThrownBy(() -> JSON.readValue("{\"restricted\":true,\"restricted\":false}", Body.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("restricted");
    }

    @Test
    void a_number_is_no_text_and_a_fraction_no_count() {
        assertThatThrownBy(() -> JSON.readValue("{\"title\":5}", Body.class)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"people\":1.5}", Body.class)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"people\":\"3\"}", Body.class)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"restricted\":1}", Body.class)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"severity\":0}", Body.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void an_instant_is_an_iso_text_not_a_bare_number() {
        assertThatThrownBy(() -> JSON.readValue("{\"at\":1700000000}", Body.class)).isInstanceOf(JacksonException.class);
        assertThat(JSON.readValue("{\"at\":\"2026-11-20T08:00:00Z\",\"people\":3,\"title\":\"t\",\"restricted\":false}",
                Body.class)).isEqualTo(new Body("t", 3, false, Instant.parse("2026-11-20T08:00:00Z"), null));
    }
}
