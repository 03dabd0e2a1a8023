package cz.opora.console.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.net.URI;
import java.time.Duration;

/**
 * Where the console forwards the single-page application's calls: one base URL per service, validated at start.
 * Environment variables: OPORA_FAMILY_URL, OPORA_CONFERENCE_URL, OPORA_REFERRAL_URL, OPORA_TUTORING_URL,
 * OPORA_COMMUNITY_URL.
 */
@ConfigMapping(prefix = "opora.console")
public interface ConsoleConfig {

    Services services();

    /** How long a forwarded call may take before the console answers 504. */
    @WithName("proxy-timeout")
    @WithDefault("20s")
    Duration proxyTimeout();

    interface Services {
        URI family();

        URI conference();

        URI referral();

        URI tutoring();

        URI community();
    }
}
