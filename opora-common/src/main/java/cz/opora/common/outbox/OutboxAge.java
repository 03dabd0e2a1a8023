package cz.opora.common.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The age of the oldest event not yet acknowledged by Kafka ({@code opora_outbox_oldest_age_seconds}; 0 when none
 * waits): the measure of how late other services are, whatever the reason (Kafka unreachable, the relay stuck). With
 * {@code opora_outbox_pending} (how many) it tells a backlog that grows from one that drains.
 */
@ApplicationScoped
public class OutboxAge {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry metrics;

    void start(@Observes StartupEvent event) {
        Gauge.builder("opora.outbox.oldest.age", this, OutboxAge::oldestSeconds).baseUnit("seconds")
                .description("age of the oldest event not yet acknowledged by Kafka (0 when none waits)").register(metrics);
    }

    double oldestSeconds() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0) FROM outbox_event WHERE published_at IS NULL");
             ResultSet rs = select.executeQuery()) {
            return rs.next() ? Math.max(0, rs.getDouble(1)) : Double.NaN;
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
