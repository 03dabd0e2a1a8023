package cz.opora.common.health;

import io.quarkus.oidc.runtime.TenantConfigBean;
import io.quarkus.oidc.runtime.TenantConfigContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * Readiness: the service can verify tokens, i.e. it has Keycloak's realm metadata and keys (the default OIDC tenant is
 * initialized). Once they are loaded a Keycloak outage does not make the service unready: tokens issued before keep
 * working (docs/reliability.md, OutageIT). While not yet loaded (Keycloak unreachable at start-up beyond
 * {@code quarkus.oidc.connection-delay}), each probe tries once more, briefly, so that the service becomes ready by
 * itself when Keycloak answers. Quarkus's own OIDC health check is not used: it calls Keycloak on every probe.
 */
@Readiness
@ApplicationScoped
public class KeycloakKeys implements HealthCheck {
    @Inject
    TenantConfigBean tenants;

    @Override
    public HealthCheckResponse call() {
        TenantConfigContext tenant = tenants.getDefaultTenant();
        if (!tenant.ready()) {
            try {
                tenant.initialize().await().atMost(Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                // still unreachable: reported below
            }
        }
        boolean ready = tenant.ready();
        return HealthCheckResponse.named("keycloak-keys").status(ready)
                .withData("keys", ready ? "loaded" : "not loaded: Keycloak not reached yet").build();
    }
}
