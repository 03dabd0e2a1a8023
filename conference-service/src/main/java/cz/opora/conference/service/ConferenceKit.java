package cz.opora.conference.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The two helpers both kinds of conference use: the time of a change as the database keeps it, and optional text.
 * Package-private until the shared service kit in opora-common replaces it.
 */
final class ConferenceKit {
    private ConferenceKit() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
