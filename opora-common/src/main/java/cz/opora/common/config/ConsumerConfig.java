package cz.opora.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The idempotent consumers ({@code opora.consumer.*}). */
@ConfigMapping(prefix = "opora.consumer")
public interface ConsumerConfig {
    /** Attempts at a transient failure before the record is dead-lettered. */
    @WithDefault("30")
    int maxAttempts();

    /** The longest pause between two attempts. */
    @WithDefault("5s")
    Duration maxBackoff();
}
