package cz.opora.common.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Query parameters parsed by Opora's code, so that a bad value answers 400 naming the parameter (JAX-RS itself
 * would answer 404 when it cannot convert a query parameter).
 */
public final class Params {
    private Params() {
    }

    /** An ISO date (2026-11-02), or null when absent. */
    public static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date (YYYY-MM-DD)");
        }
    }
}
