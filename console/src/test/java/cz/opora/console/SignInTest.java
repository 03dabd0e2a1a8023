package cz.opora.console;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real local Keycloak: a visitor without a session is sent to Keycloak's login page with PKCE (S256)
 * and the Czech login page; the SPA's calls get 499 instead of a redirect; every answer carries the strict CSP.
 */
@QuarkusTest
class SignInTest {

    @Test
    void aVisitorIsSentToKeycloakWithPkceAndTheCzechLoginPage() {
        Response response = given().redirects().follow(false).get("/rodiny/nova");
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.header("Location");
        assertThat(location).contains("/realms/opora/protocol/openid-connect/auth").contains("client_id=opora-console")
                .contains("code_challenge_method=S256").contains("code_challenge=").contains("ui_locales=cs");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'").contains("frame-ancestors 'none'");
        assertThat(response.header("Set-Cookie")).contains("HTTPOnly");
    }

    @Test
    void theSinglePageApplicationsCallsGetNoRedirectWhenTheSessionIsGone() {
        int status = given().redirects().follow(false).header("X-Requested-With", "JavaScript")
                .get("/api/family/families").statusCode();
        assertThat(status).isEqualTo(499);
    }

    @Test
    void healthAndTheSignedOutPageNeedNoSession() {
        assertThat(given().redirects().follow(false).get("/q/health/ready").statusCode()).isEqualTo(200);
        assertThat(RestAssured.given().redirects().follow(false).get("/favicon.svg").statusCode()).isNotEqualTo(302);
    }
}
