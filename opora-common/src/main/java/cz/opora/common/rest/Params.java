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

    /** One of the enum's constants, case-insensitive, or null when absent. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    /** true or false, or null when absent. */
    public static Boolean bool(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(field, "must be true or false");
        };
    }

    /** A UUID, or null when absent. */
    public static java.util.UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be a UUID");
        }
    }
}
