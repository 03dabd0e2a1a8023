package cz.opora.common.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code opora.http.max-body-size} (env HTTP_MAX_BODY_SIZE): larger declared bodies get a 413 problem. */
@ConfigMapping(prefix = "opora.http")
public interface HttpLimitsConfig {
    @WithDefault("2M")
    MemorySize maxBodySize();
}
