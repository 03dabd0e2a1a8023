package cz.opora.common.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query results, whichever Java type the JDBC driver and Hibernate chose for them. */
public final class SqlValues {
    private SqlValues() {
    }

    /** A {@code timestamptz} column as an Instant (null stays null). */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass().getName());
    }
}
