package dev.vigil.notification.obligations;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Public holidays from the jollyday library, which keeps them per country and subdivision: US is the
 * federal calendar, US-NY adds New York's. A jurisdiction jollyday does not know (EU) has none, so
 * only weekends are skipped there, and the explanation says so.
 */
public final class JollydayHolidays implements PublicHolidays {

    private final Map<String, HolidayManager> managers = new ConcurrentHashMap<>();

    @Override
    public boolean isPublicHoliday(LocalDate date, String jurisdiction) {
        if (!knows(jurisdiction)) {
            return false;
        }
        String[] parts = split(jurisdiction);
        HolidayManager manager = managers.computeIfAbsent(parts[0],
                country -> HolidayManager.getInstance(ManagerParameters.create(country)));
        return parts.length == 1
                ? manager.isHoliday(date, HolidayType.PUBLIC_HOLIDAY)
                : manager.isHoliday(date, HolidayType.PUBLIC_HOLIDAY, parts[1]);
    }

    @Override
    public String describe(String jurisdiction) {
        return knows(jurisdiction)
                ? "public holidays of " + jurisdiction + " (jollyday)"
                : "no public-holiday calendar for " + jurisdiction + ": weekends only";
    }

    private static final Set<String> COUNTRIES = HolidayManager.getSupportedCalendarCodes().stream()
            .map(code -> code.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private static boolean knows(String jurisdiction) {
        return jurisdiction != null && COUNTRIES.contains(split(jurisdiction)[0]);
    }

    private static String[] split(String jurisdiction) {
        return jurisdiction.toLowerCase(Locale.ROOT).split("-", 2);
    }
}
