package cz.opora.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Idempotency keys of creating requests ({@code opora.idempotency.*}). */
@ConfigMapping(prefix = "opora.idempotency")
public interface IdempotencyConfig {
    /** How long a key is remembered: a repeat within this time gets the first request's record. */
    @WithDefault("P1D")
    Duration retention();
}
