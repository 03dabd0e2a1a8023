package cz.opora.system;

import cz.opora.testing.Tokens;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every service refuses every kind of bad token with 401 problem+json: none, unsigned (alg none), a wrong signature,
 * a tampered claim, an expired token, a token for another audience, a token of another realm. A valid token of the
 * same user is accepted on the same request, so the refusals are about the token alone.
 */
@ExtendWith(Stack.class)
class TokenAbuseIT {
    static final Map<Stack.Service, String> ENDPOINTS = Map.of(
            Stack.Service.FAMILY, "/api/v1/families",
            Stack.Service.REFERRAL, "/api/v1/organizations",
            Stack.Service.CONFERENCE, "/api/v1/conferences",
            Stack.Service.TUTORING, "/api/v1/families/" + UUID.randomUUID() + "/tutoring");

    static int status(Stack.Service service, String token) {
        RequestSpecification request = given().baseUri(service.url());
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.get(ENDPOINTS.get(service)).then().extract().statusCode();
    }

    @Test
    void everyServiceRefusesEveryBadTokenWith401() {
        String valid = Tokens.user("sas.dvorak");
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("no token", null);
        bad.put("alg none", Tokens.unsigned(valid));
        bad.put("wrong signature", Tokens.wrongSignature(valid));
        bad.put("tampered organization", Tokens.withClaim(valid, "org", "ospod-mesto"));
        bad.put("wrong audience", Tokens.userWithoutOporaAudience("sas.dvorak"));
        bad.put("another realm", Tokens.otherRealm());
        bad.put("garbage", "not-a-token");
        int checked = 0;
        for (Stack.Service service : ENDPOINTS.keySet()) {
            assertThat(status(service, valid)).as(service + " valid").isIn(200, 404);
            for (Map.Entry<String, String> token : bad.entrySet()) {
                RequestSpecification request = given().baseUri(service.url());
                if (token.getValue() != null) {
                    request = request.header("Authorization", "Bearer " + token.getValue());
                }
                request.get(ENDPOINTS.get(service)).then().statusCode(401).contentType("application/problem+json");
                checked++;
            }
        }
        // A token that lives one second: on a loaded machine the first request may come after that second, so take a
        // fresh one until one is used in time (it must then be accepted), then wait for it to be refused everywhere.
        String expiring = null;
        for (int attempt = 0; attempt < 10 && expiring == null; attempt++) {
            String fresh = Tokens.shortLived("sas.dvorak");
            int status = status(Stack.Service.FAMILY, fresh);
            assertThat(status).as("the short-lived token, fresh or just expired").isIn(200, 401);
            expiring = status == 200 ? fresh : null;
        }
        assertThat(expiring).as("a short-lived token accepted before it expires").isNotNull();
        String accepted = expiring;
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (Stack.Service service : ENDPOINTS.keySet()) {
                assertThat(status(service, accepted)).as(service + " expired").isEqualTo(401);
            }
        });
        System.out.printf("token abuse: %d refusals checked, plus an expired token on 4 services%n", checked);
    }
}
