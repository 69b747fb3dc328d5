package dev.vigil.notification.obligations;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Time limits counted in an authority's time zone, from an instant the facts give: never from "now". */
public final class Deadlines {

    private Deadlines() {
    }

    public static Instant add(Instant start, int amount, DeadlineUnit unit, ZoneId zone, String jurisdiction,
                              PublicHolidays holidays) {
        ZonedDateTime local = start.atZone(zone);
        return switch (unit) {
            // a statute's "72 hours" is elapsed time: a daylight-saving change neither adds nor removes one
            case HOURS -> start.plus(Duration.ofHours(amount));
            // "15 days" ends at the same wall-clock time in the authority's zone, whatever the offset did
            case CALENDAR_DAYS -> local.plusDays(amount).toInstant();
            case MONTHS -> local.plusMonths(amount).toInstant();
            case BUSINESS_DAYS -> plusBusinessDays(local, amount, jurisdiction, holidays).toInstant();
        };
    }

    public static boolean isBusinessDay(LocalDate date, String jurisdiction, PublicHolidays holidays) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.isPublicHoliday(date, jurisdiction);
    }

    private static ZonedDateTime plusBusinessDays(ZonedDateTime start, int amount, String jurisdiction,
                                                  PublicHolidays holidays) {
        LocalDate date = start.toLocalDate();
        int counted = 0;
        while (counted < amount) {
            date = date.plusDays(1);
            if (isBusinessDay(date, jurisdiction, holidays)) {
                counted++;
            }
        }
        return ZonedDateTime.of(date, start.toLocalTime(), start.getZone());
    }
}
