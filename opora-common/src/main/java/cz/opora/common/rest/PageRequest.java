package cz.opora.common.rest;

/**
 * The paging parameters of a list request, checked: {@code limit} between 1 and {@value #MAX_LIMIT}
 * (default {@value #DEFAULT_LIMIT}), {@code after} a cursor from a previous page.
 */
public record PageRequest(int limit, Cursor after) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final String FIELD = "after";

    /**
     * Parses the raw query parameters, so that {@code ?limit=abc} answers 400 naming {@code limit} (JAX-RS would
     * answer 404 when it cannot convert a query parameter itself).
     */
    public static PageRequest of(String limit, String after) {
        Integer parsed = null;
        if (limit != null && !limit.isBlank()) {
            try {
                parsed = Integer.valueOf(limit.trim());
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("limit", "must be a whole number between 1 and " + MAX_LIMIT);
            }
        }
        return checked(parsed, after);
    }

    private static PageRequest checked(Integer limit, String after) {
        int checked = limit == null ? DEFAULT_LIMIT : limit;
        if (checked < 1 || checked > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(checked, after == null || after.isBlank() ? null : Cursor.decode(after, FIELD));
    }

    /** The cursor's time, for lists ordered by a timestamp; null on the first page. */
    public java.time.Instant afterTime() {
        return after == null ? null : after.time(FIELD);
    }

    /** The cursor's day, for lists ordered by a date; null on the first page. */
    public java.time.LocalDate afterDay() {
        return after == null ? null : after.day(FIELD);
    }

    /** The cursor's id (the tie-breaker); null on the first page. */
    public java.util.UUID afterId() {
        return after == null ? null : after.id(FIELD);
    }

    /**
     * Where a list ordered by a text key (a name) continues: the cursor names only the last row shown, and
     * {@code keyOf} re-reads that row's key within what the caller may list (its organization). A row the caller
     * cannot list (another organization's, or since deleted) answers 400 naming {@code after}, as does a cursor of
     * a list ordered by time. Null on the first page.
     */
    public Keyset<java.util.UUID> afterRow(java.util.function.Function<java.util.UUID, java.util.Optional<String>> keyOf) {
        if (after == null) {
            return null;
        }
        java.util.UUID id = rowOnly().id(FIELD);
        return new Keyset<>(keyOf.apply(id).orElseThrow(PageRequest::notOfThisList), id);
    }

    /** {@link #afterRow} for the directory, whose rows are named by slugs. */
    public Keyset<String> afterEntry(java.util.function.Function<String, java.util.Optional<String>> keyOf) {
        if (after == null) {
            return null;
        }
        String slug = rowOnly().row();
        return new Keyset<>(keyOf.apply(slug).orElseThrow(PageRequest::notOfThisList), slug);
    }

    private Cursor rowOnly() {
        if (!after.rowOnly()) {
            throw notOfThisList();
        }
        return after;
    }

    private static ProblemException notOfThisList() {
        return ProblemException.invalid(FIELD, Cursor.NOT_OF_THIS_LIST);
    }

    /** A text-ordered list's position: the key of the last row shown (re-read, never from the URL) and its id. */
    public record Keyset<I>(String key, I id) {
    }

    /** Builds a page from up to {@code limit + 1} fetched rows: the extra row only tells that more exist. */
    public <R, T> Page<T> page(java.util.List<R> rows, java.util.function.Function<R, T> map,
                               java.util.function.Function<R, Cursor> cursorOf) {
        boolean more = rows.size() > limit;
        java.util.List<R> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)).encode() : null;
        return new Page<>(shown.stream().map(map).toList(), next);
    }
}
