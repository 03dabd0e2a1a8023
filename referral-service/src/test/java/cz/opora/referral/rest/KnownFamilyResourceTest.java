package cz.opora.referral.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import cz.opora.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** referral-service shows a known family only to the organizations that may see it. */
@QuarkusTest
class KnownFamilyResourceTest {
    @ConfigProperty(name = "opora.topic-prefix")
    String prefix;

    @Test
    void scopedToTheOwningOrganization() throws Exception {
        UUID familyId = UUID.randomUUID();
        ObjectNode event = SampleEvents.familyRegistered(familyId); // owned by sas-jih
        KafkaTestClient.send(prefix + Topics.FAMILY, familyId.toString(), event.toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.user("sas.kralova")).get("/api/v1/families/" + familyId).then().statusCode(200));

        given().auth().oauth2(Tokens.user("sas2.horak")).get("/api/v1/families/" + familyId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("sas2.horak")).queryParam("limit", 100).get("/api/v1/families")
                .then().statusCode(200).body("items.id", not(hasItem(familyId.toString())));
        given().auth().oauth2(Tokens.user("sas.dvorak")).queryParam("limit", 100).get("/api/v1/families")
                .then().statusCode(200).body("items.id", hasItem(familyId.toString()));
        given().get("/api/v1/families/" + familyId).then().statusCode(401);
        given().auth().oauth2(Tokens.user("tutor.benes")).get("/api/v1/families/" + familyId).then().statusCode(403);
    }
}
