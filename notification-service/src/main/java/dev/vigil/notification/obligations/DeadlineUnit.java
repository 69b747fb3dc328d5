package dev.vigil.notification.obligations;

/**
 * How a time limit is counted, in the authority's time zone: hours are exact durations; calendar
 * days and months end at the same local time; business days skip weekends and the authority's public
 * holidays and also end at the same local time.
 */
public enum DeadlineUnit {
    HOURS, CALENDAR_DAYS, BUSINESS_DAYS, MONTHS
}
