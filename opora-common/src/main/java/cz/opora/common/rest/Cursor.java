package cz.opora.common.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset position: the sort value of the last row shown and its id (the tie-breaker). Opaque to clients
 * (base64url); lists order by {@code (sortKey, id)} and continue strictly after the cursor.
 */
public record Cursor(String sortKey, UUID id) {

    public static Cursor of(Instant time, UUID id) {
        return new Cursor(time.toString(), id);
    }

    public static Cursor of(String sortKey, UUID id) {
        return new Cursor(sortKey, id);
    }

    public Instant sortKeyAsInstant(String field) {
        try {
            return Instant.parse(sortKey);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "is not a cursor of this list");
        }
    }

    public String encode() {
        String raw = id + "|" + sortKey;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String encoded, String field) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            if (bar != 36) {
                throw new IllegalArgumentException();
            }
            return new Cursor(raw.substring(bar + 1), UUID.fromString(raw.substring(0, bar)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "is not a cursor returned by this API");
        }
    }
}
