package cz.opora.common.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * Whether this service forwards its audit of family data to the family's owner: every {@link AuditLog#record}
 * of resource type {@value AuditLog#FAMILY} by an authenticated caller also writes a
 * {@code cz.opora.audit.family-read} event per family to the outbox, in the same transaction, on this service's
 * own topic; family-service applies it to the family's access log. On in every service but family-service, which
 * writes its access log directly (forwarding there would loop).
 */
@ConfigMapping(prefix = "opora.audit.forward-family-reads")
public interface AuditForwarding {
    /** Off by default: each service that serves family data but does not own it turns it on. */
    @WithDefault("false")
    boolean enabled();

    /** This service's own topic, without the deployment's prefix (e.g. {@code opora.referral.events}). */
    Optional<String> topic();
}
