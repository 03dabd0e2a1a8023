package cz.opora.common.config;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/**
 * Where a service other than family-service tells family-service about a family ({@code opora.partner-notices.*}):
 * its own topic and the area its timeline kinds start with. By default both follow from {@code opora.service-name}:
 * referral-service publishes on {@code opora.referral.events} entries of kind {@code referral.*}.
 */
@ConfigMapping(prefix = "opora.partner-notices")
public interface PartnerNoticesConfig {
    /** The topic (without the deployment's prefix); default {@code opora.<area>.events}. */
    Optional<String> topic();

    /** The first part of the timeline kinds; default the service name without {@code -service}. */
    Optional<String> area();
}
