package cz.opora.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The outbox relay ({@code opora.outbox.*}). */
@ConfigMapping(prefix = "opora.outbox")
public interface OutboxConfig {
    /** Events published per round. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for the broker's acknowledgement of one round. */
    @WithDefault("15s")
    Duration sendTimeout();

    /** The longest pause between attempts while the broker is unreachable. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How often the relay looks for events a commit did not wake it for (read by its schedule). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long published events stay in the outbox table (for inspection) before they are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
