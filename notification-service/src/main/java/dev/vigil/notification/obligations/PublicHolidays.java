package dev.vigil.notification.obligations;

import java.time.LocalDate;

/** The public holidays that business-day clocks skip, per jurisdiction (ISO code: US, DE, US-NY). */
public interface PublicHolidays {

    boolean isPublicHoliday(LocalDate date, String jurisdiction);

    /** Says where the holidays of a jurisdiction come from, for the explanation of a deadline. */
    String describe(String jurisdiction);
}
