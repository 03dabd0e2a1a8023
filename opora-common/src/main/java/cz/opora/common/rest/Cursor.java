package cz.opora.common.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A keyset position, opaque to clients (base64url): the id of the last row shown and, for lists ordered by a
 * time or a day, that row's time or day. Nothing else: a cursor travels in URLs ({@code ?after=}), so it never
 * carries a name or any other text of a record. Lists ordered by a text key (a name) get a cursor with the row id
 * only ({@link #ofRow}) and re-read that row's key, scoped to the caller, to continue ({@link PageRequest#afterRow}).
 * Lists order by {@code (key, id)} and continue strictly after the cursor.
 */
public final class Cursor {
    /** A directory id (an alias such as {@code sas-jih}, or a slug): the only row id that is not a UUID. */
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final String NOT_A_CURSOR = "is not a cursor returned by this API";
    static final String NOT_OF_THIS_LIST = "is not a cursor of this list";

    private final String row;
    private final String position;

    private Cursor(String row, String position) {
        this.row = Objects.requireNonNull(row);
        this.position = position;
    }

    /** After the row at this time (lists ordered by a timestamp). */
    public static Cursor of(Instant time, UUID id) {
        return new Cursor(id.toString(), time.toString());
    }

    /** After the row on this day (lists ordered by a date). */
    public static Cursor of(LocalDate day, UUID id) {
        return new Cursor(id.toString(), day.toString());
    }

    /** After this row, for lists ordered by a text key: the list re-reads the row's key to continue. */
    public static Cursor ofRow(UUID id) {
        return new Cursor(id.toString(), null);
    }

    /** After this directory entry (its slug), for the directory ordered by name. */
    public static Cursor ofRow(String slug) {
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("not a slug");
        }
        return new Cursor(slug, null);
    }

    /** The row's id; 400 naming {@code field} when the cursor names a directory entry instead. */
    public UUID id(String field) {
        try {
            return UUID.fromString(row);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, NOT_OF_THIS_LIST);
        }
    }

    /** The row's id as written: a UUID or a directory slug. */
    public String row() {
        return row;
    }

    /** True for a cursor that names only a row (lists ordered by a text key). */
    public boolean rowOnly() {
        return position == null;
    }

    public Instant time(String field) {
        try {
            return Instant.parse(requirePosition(field));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, NOT_OF_THIS_LIST);
        }
    }

    public LocalDate day(String field) {
        try {
            return LocalDate.parse(requirePosition(field));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, NOT_OF_THIS_LIST);
        }
    }

    private String requirePosition(String field) {
        if (position == null) {
            throw ProblemException.invalid(field, NOT_OF_THIS_LIST);
        }
        return position;
    }

    public String encode() {
        String raw = position == null ? row : row + "|" + position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor; anything but a row id (a UUID or a slug), optionally followed by a time or a day, answers 400
     * naming {@code field}: a cursor cannot smuggle text into a query.
     */
    public static Cursor decode(String encoded, String field) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            String row = bar < 0 ? raw : raw.substring(0, bar);
            String position = bar < 0 ? null : raw.substring(bar + 1);
            if (position == null) {
                return isUuid(row) ? ofRow(UUID.fromString(row)) : ofRow(row);
            }
            UUID id = UUID.fromString(row);
            if (!id.toString().equals(row)) {
                throw new IllegalArgumentException();
            }
            try {
                return of(Instant.parse(position), id);
            } catch (DateTimeParseException notATime) {
                return of(LocalDate.parse(position), id);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.invalid(field, NOT_A_CURSOR);
        }
    }

    private static boolean isUuid(String row) {
        try {
            return UUID.fromString(row).toString().equals(row);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cursor c && row.equals(c.row) && Objects.equals(position, c.position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, position);
    }

    @Override
    public String toString() {
        return "Cursor[" + row + (position == null ? "" : "|" + position) + "]";
    }
}
