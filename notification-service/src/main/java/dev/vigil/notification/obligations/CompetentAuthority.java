package dev.vigil.notification.obligations;

import java.time.ZoneId;

/**
 * The authority that receives a regime's notifications in one jurisdiction. Its time zone is the one
 * deadlines are counted in, and its jurisdiction names the public holidays of business-day clocks.
 *
 * @param jurisdiction ISO code: a country (DE), a subdivision (US-NY), or EU for a Union body
 */
public record CompetentAuthority(Regime regime, String jurisdiction, String name, ZoneId zone) {
}
