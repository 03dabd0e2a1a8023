package cz.opora.family.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the organization's staff comes from: Keycloak's Admin REST API, read with a service-account client that has
 * only realm-management's {@code view-users} (opora.staff-directory.*, each overridable by environment, e.g.
 * {@code OPORA_STAFF_DIRECTORY_CLIENT_SECRET}).
 */
@ConfigMapping(prefix = "opora.staff-directory")
public interface StaffDirectoryConfig {
    /** The realm's URL ({@code .../realms/opora}); the Admin REST API is {@code .../admin/realms/opora}. */
    String realmUrl();

    @WithDefault("opora-family-staff")
    String clientId();

    /** The demo realm's secret by default: set a real one anywhere else. */
    @WithDefault("opora-family-staff-demo-secret")
    String clientSecret();

    /** How long an organization's staff list is reused before Keycloak is asked again. */
    @WithDefault("60S")
    Duration cacheTtl();

    @WithDefault("5S")
    Duration timeout();

    /** The Quarkus TLS configuration to trust Keycloak with (on Kubernetes the OIDC client's, "oidc"); none: the JVM's. */
    Optional<String> tlsConfigurationName();
}
