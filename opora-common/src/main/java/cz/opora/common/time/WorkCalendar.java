package cz.opora.common.time;

import cz.opora.common.config.ServiceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Time as the services record it and days as the workers live them. {@link #now()} is the instant as PostgreSQL
 * stores it (microseconds), so a value read back equals the one written (ETags, events, comparisons). Validity dates,
 * deadlines and statistics periods are days in {@code opora.timezone} (Europe/Prague), so a consent valid until
 * 31 March ends at midnight in Prague. Both come from one {@link Clock} bean.
 */
@ApplicationScoped
public class WorkCalendar {
    @Inject
    ServiceConfig config;
    @Inject
    Clock clock;

    public ZoneId zone() {
        return config.timezone();
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.timezone()));
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(config.timezone()).toInstant();
    }
}
