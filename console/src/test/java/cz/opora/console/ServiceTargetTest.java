package cz.opora.console;

import cz.opora.console.config.ConsoleConfig;
import cz.opora.console.rest.ServiceTarget;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The proxy reaches only the five services' /api/v1, with plain path segments. */
@Tag("fast")
class ServiceTargetTest {
    private static final ConsoleConfig.Services SERVICES = new ConsoleConfig.Services() {
        public URI family() { return URI.create("http://family:8081/"); }
        public URI conference() { return URI.create("http://conference:8082"); }
        public URI referral() { return URI.create("http://referral:8083"); }
        public URI tutoring() { return URI.create("http://tutoring:8084"); }
        public URI community() { return URI.create("http://community:8085"); }
    };

    @Test
    void aPathUnderAServiceGoesToItsApiV1WithTheQuery() {
        assertThat(ServiceTarget.resolve(SERVICES, "family", "families/7f0c/timeline", "after=abc&limit=5"))
                .contains(URI.create("http://family:8081/api/v1/families/7f0c/timeline?after=abc&limit=5"));
        assertThat(ServiceTarget.resolve(SERVICES, "referral", "referrals", null))
                .contains(URI.create("http://referral:8083/api/v1/referrals"));
        assertThat(ServiceTarget.resolve(SERVICES, "community", "anonymous-clients/7f0c/contacts", "limit=5"))
                .contains(URI.create("http://community:8085/api/v1/anonymous-clients/7f0c/contacts?limit=5"));
    }

    @Test
    void traversalEmptySegmentsAndUnknownServicesAreRefused() {
        assertThat(ServiceTarget.resolve(SERVICES, "family", "../q/health", null)).isEmpty();
        assertThat(ServiceTarget.resolve(SERVICES, "family", "families/../../q/metrics", null)).isEmpty();
        assertThat(ServiceTarget.resolve(SERVICES, "family", "families//x", null)).isEmpty();
        assertThat(ServiceTarget.resolve(SERVICES, "family", "./families", null)).isEmpty();
        assertThat(ServiceTarget.resolve(SERVICES, "family", "families/a b", null)).isEmpty();
        assertThat(ServiceTarget.resolve(SERVICES, "keycloak", "families", null)).isEmpty();
        assertThat(ServiceTarget.resolve(SERVICES, "family", "families", "a=%zz")).isEqualTo(Optional.empty());
    }
}
