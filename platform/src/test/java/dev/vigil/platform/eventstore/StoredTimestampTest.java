package dev.vigil.platform.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A stored timestamp reads as exactly the instant Axon's own parser gives, whatever its shape. */
class StoredTimestampTest {

    @Test
    void every_timestamp_axon_writes_reads_back_as_the_same_instant() {
        SplittableRandom random = new SplittableRandom(20261201);
        for (int i = 0; i < 100_000; i++) {
            long second = random.nextLong(0, Instant.parse("2200-01-01T00:00:00Z").getEpochSecond());
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000; // whole milliseconds, as most clocks give
                case 2 -> random.nextInt(1_000_000) * 1_000; // microseconds
                default -> random.nextInt(1_000_000_000);
            };
            String stored = DateTimeUtils.formatInstant(Instant.ofEpochSecond(second, nanos));

            assertThat(StoredTimestamp.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01T06:11:08.123+01:00", "2026-12-01T05:11:08Z", "2026-12-01T05:11:08.1Z",
            "2024-02-29T23:59:59.999999999Z", "2026-12-01T05:11:08.123456Z", "2026-12-01T05:11:08.123-05:30"})
    void other_iso_shapes_read_as_axon_reads_them(String text) {
        assertThat(StoredTimestamp.parse(text)).isEqualTo(DateTimeUtils.parseInstant(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T05:11:08.123Z", "2026-13-01T05:11:08.123Z", "2026-12-01T24:00:00.000Z",
            "2026-12-01T05:60:08.123Z", "2026-12-01T05:11:08.12xZ", "2026-12-0lT05:11:08.123Z", "not a timestamp"})
    void what_is_not_a_timestamp_is_refused_as_axon_refuses_it(String text) {
        assertThatThrownBy(() -> DateTimeUtils.parseInstant(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> StoredTimestamp.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
