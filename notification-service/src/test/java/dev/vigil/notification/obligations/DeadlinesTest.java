package dev.vigil.notification.obligations;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Time limits in the authority's zone: exact hours, same-local-time days and months, business days. */
class DeadlinesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final PublicHolidays JOLLYDAY = new JollydayHolidays();

    static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    @Test
    void hours_are_elapsed_time_so_24_hours_over_the_spring_change_end_an_hour_later_on_the_wall_clock() {
        Instant due = Deadlines.add(berlin("2026-03-28T12:00"), 24, DeadlineUnit.HOURS, BERLIN, "DE", JOLLYDAY);

        assertThat(due).isEqualTo(berlin("2026-03-29T13:00"));
    }

    @Test
    void calendar_days_over_the_spring_change_end_at_the_same_wall_clock_time() {
        Instant due = Deadlines.add(berlin("2026-03-28T12:00"), 1, DeadlineUnit.CALENDAR_DAYS, BERLIN, "DE", JOLLYDAY);

        assertThat(due).isEqualTo(berlin("2026-03-29T12:00"));
    }

    @Test
    void a_calendar_day_ending_in_the_skipped_hour_ends_at_the_first_valid_time_after_it() {
        Instant due = Deadlines.add(berlin("2026-03-28T02:30"), 1, DeadlineUnit.CALENDAR_DAYS, BERLIN, "DE", JOLLYDAY);

        assertThat(due).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void a_month_from_the_last_day_of_a_long_month_ends_on_the_last_day_of_the_next() {
        Instant due = Deadlines.add(berlin("2027-01-31T09:00"), 1, DeadlineUnit.MONTHS, BERLIN, "DE", JOLLYDAY);

        assertThat(due).isEqualTo(berlin("2027-02-28T09:00"));
    }

    @Test
    void business_days_skip_the_authority_public_holidays_not_another_country_s() {
        // Wednesday 23 December: Thursday 24 is a working day in Germany, Friday 25 is Christmas Day,
        // then the weekend; a jurisdiction without a holiday calendar counts Friday 25
        Instant start = berlin("2026-12-23T10:00");

        assertThat(Deadlines.add(start, 2, DeadlineUnit.BUSINESS_DAYS, BERLIN, "DE", JOLLYDAY))
                .isEqualTo(berlin("2026-12-28T10:00"));
        assertThat(Deadlines.add(start, 2, DeadlineUnit.BUSINESS_DAYS, BERLIN, "EU", JOLLYDAY))
                .isEqualTo(berlin("2026-12-25T10:00"));
    }

    @Test
    void a_business_day_clock_started_on_a_weekend_counts_from_the_next_business_day() {
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant saturday = LocalDateTime.parse("2026-10-03T09:00").atZone(newYork).toInstant();

        assertThat(Deadlines.add(saturday, 1, DeadlineUnit.BUSINESS_DAYS, newYork, "US", JOLLYDAY))
                .isEqualTo(LocalDateTime.parse("2026-10-05T09:00").atZone(newYork).toInstant());
    }
}
