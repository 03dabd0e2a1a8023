package cz.opora.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.stream.Stream;

/**
 * Meter settings shared by every service: HTTP latency as a histogram per route (Prometheus
 * {@code http_server_requests_seconds_bucket{uri, method, status, le}}), with a fixed set of buckets so that the
 * series stay few. The {@code uri} label is the route's template ({@code /api/v1/families/{id}}), never a path with
 * ids or a query, so no label carries personal data.
 */
@Singleton
public class OporaMeters {
    /** Bucket bounds of HTTP latency: from 25 ms to 10 s. */
    static final double[] LATENCY_BUCKETS = Stream.of(25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
            .mapToDouble(ms -> Duration.ofMillis(ms).toNanos()).toArray();

    @Produces
    @Singleton
    public MeterFilter httpLatencyHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(LATENCY_BUCKETS).build().merge(config);
            }
        };
    }
}
