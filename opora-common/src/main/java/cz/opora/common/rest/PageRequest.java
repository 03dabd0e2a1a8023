package cz.opora.common.rest;

/**
 * The paging parameters of a list request, checked: {@code limit} between 1 and {@value #MAX_LIMIT}
 * (default {@value #DEFAULT_LIMIT}), {@code after} a cursor from a previous page.
 */
public record PageRequest(int limit, Cursor after) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

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
        return new PageRequest(checked, after == null || after.isBlank() ? null : Cursor.decode(after, "after"));
    }

    /** The cursor's time, for lists ordered by a timestamp; null on the first page. */
    public java.time.Instant afterTime() {
        return after == null ? null : after.sortKeyAsInstant("after");
    }

    /** The cursor's id (the tie-breaker); null on the first page. */
    public java.util.UUID afterId() {
        return after == null ? null : after.id();
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
