package cz.opora.console;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing out is a POST from the console's own origin: a GET (a link, an image on another site) and a cross-origin
 * POST never reach quarkus-oidc's logout. (ConsoleIT signs out through the page's form against the real Keycloak.)
 */
@QuarkusTest
class LogoutTest {
    @TestHTTPResource("/")
    URL root;

    private String ownOrigin() {
        return root.getProtocol() + "://" + root.getHost() + ":" + root.getPort();
    }

    @Test
    void aGetDoesNotSignOut() {
        Response response = given().redirects().follow(false).get("/logout");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("POST");
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPostFromAnotherSiteOrWithoutAnOriginIsRefused() {
        assertThat(given().redirects().follow(false).header("Origin", "https://evil.example").post("/logout").statusCode())
                .isEqualTo(403);
        assertThat(given().redirects().follow(false).post("/logout").statusCode()).isEqualTo(403);
    }

    @Test
    void theSignOutFormMayBeRedirectedToKeycloakButNoOtherFormLeavesTheConsole() {
        String csp = given().redirects().follow(false).get("/q/health/ready").header("Content-Security-Policy");
        assertThat(csp).contains("form-action 'self' http://localhost:").contains("/realms/opora;");
    }

    @Test
    void aPostFromTheConsolesOwnPageReachesTheSignOut() {
        // Without a session quarkus-oidc sends the visitor to sign in; the point is that the guard let it through.
        int status = given().redirects().follow(false).header("Origin", ownOrigin()).post("/logout").statusCode();
        assertThat(status).isEqualTo(302);
    }
}
