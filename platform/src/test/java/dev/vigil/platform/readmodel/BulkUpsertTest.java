package dev.vigil.platform.readmodel;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows reach COPY as it reads them; what it writes to the database is tested by the read models using it. */
class BulkUpsertTest {

    @Test
    void a_row_is_its_values_between_tabs_ending_in_a_newline_with_null_booleans_and_numbers_as_copy_reads_them() {
        UUID id = UUID.fromString("6f1c3a2e-0b7d-4c5e-9a8f-1d2e3f4a5b6c");

        assertThat(text(new Object[]{id, null, true, false, 42L, "{\"a\":1}"}))
                .isEqualTo("6f1c3a2e-0b7d-4c5e-9a8f-1d2e3f4a5b6c\t\\N\tt\tf\t42\t{\"a\":1}\n");
    }

    @Test
    void backslashes_tabs_and_line_breaks_inside_a_value_are_escaped_and_nothing_else_is() {
        assertThat(text(new Object[]{"a\\b\tc\nd\re \\N \"q\" é€😀"}))
                .isEqualTo("a\\\\b\\tc\\nd\\re \\\\N \"q\" é€😀\n");
    }

    @Test
    void values_that_have_no_text_postgresql_reads_are_refused() {
        assertThatThrownBy(() -> BulkUpsert.line(new Object[]{new byte[]{1}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BulkUpsert.line(new Object[]{new java.util.Date()}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Instant");
    }

    @Test
    void a_row_longer_than_the_first_buffer_is_whole() {
        String document = "{\"text\":\"" + "é\\".repeat(3_000) + "\"}";

        assertThat(text(new Object[]{document, 1L})).isEqualTo(document.replace("\\", "\\\\") + "\t1\n");
    }

    private static String text(Object[] values) {
        return new String(BulkUpsert.line(values), StandardCharsets.UTF_8);
    }

    @Test
    void names_that_are_not_plain_identifiers_are_refused() {
        assertThatThrownBy(() -> new BulkUpsert("view; drop table x", "id", "uuid", "version", List.of("id", "version")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("view; drop table x");
    }

    @Test
    void the_columns_must_include_the_key_and_the_version() {
        assertThatThrownBy(() -> new BulkUpsert("view", "id", "uuid", "version", List.of("id", "title")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
    }
}
