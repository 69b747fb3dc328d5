package dev.vigil.notification.obligations;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The public holidays business-day clocks skip come from jollyday, per country and subdivision. */
class JollydayHolidaysTest {

    final JollydayHolidays holidays = new JollydayHolidays();

    @Test
    void thanksgiving_is_a_us_federal_holiday_and_the_friday_after_it_is_not() {
        assertThat(holidays.isPublicHoliday(LocalDate.of(2026, 11, 26), "US")).isTrue();
        assertThat(holidays.isPublicHoliday(LocalDate.of(2026, 11, 27), "US")).isFalse();
    }

    @Test
    void a_federal_holiday_on_a_saturday_is_observed_on_the_friday() {
        // 4 July 2026 is a Saturday
        assertThat(holidays.isPublicHoliday(LocalDate.of(2026, 7, 3), "US")).isTrue();
    }

    @Test
    void a_subdivision_adds_its_own_holidays_to_the_country() {
        // Columbus Day is a New York holiday in jollyday's calendar, not a national one there
        assertThat(holidays.isPublicHoliday(LocalDate.of(2026, 10, 12), "US-NY")).isTrue();
        assertThat(holidays.isPublicHoliday(LocalDate.of(2026, 11, 26), "US-NY")).isTrue();
    }

    @Test
    void german_unity_day_is_a_holiday_in_germany() {
        assertThat(holidays.isPublicHoliday(LocalDate.of(2026, 10, 3), "DE")).isTrue();
        assertThat(holidays.describe("DE")).isEqualTo("public holidays of DE (jollyday)");
    }

    @Test
    void a_jurisdiction_without_a_calendar_has_weekends_only_and_says_so() {
        assertThat(holidays.isPublicHoliday(LocalDate.of(2026, 12, 25), "EU")).isFalse();
        assertThat(holidays.describe("EU")).isEqualTo("no public-holiday calendar for EU: weekends only");
    }
}
