package cz.opora.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days as the workers live them: validity dates, deadlines and statistics periods are days in
 * {@code opora.timezone} (Europe/Prague), so a consent valid until 31 March ends at midnight in Prague.
 */
@ApplicationScoped
public class WorkCalendar {
    @ConfigProperty(name = "opora.timezone", defaultValue = "Europe/Prague")
    ZoneId zone;

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
