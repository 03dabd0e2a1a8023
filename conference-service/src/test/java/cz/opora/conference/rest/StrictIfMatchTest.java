package cz.opora.conference.rest;

import cz.opora.conference.ConferenceFixture;
import cz.opora.testing.FamilyEvents.Family;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static cz.opora.conference.ConferenceFixture.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Lost-update protection cannot be skipped: where If-Match is required (a coordinator's profile) and where it is
 * optional (a case conference's minutes), only the strong ETag of the current version passes.
 */
@QuarkusTest
class StrictIfMatchTest {

    @Test
    void ifMatchMustBeTheStrongCurrentETag() {
        ConferenceFixture.rkCoordinator();
        String profile = """
                {"name": "Radka Přepsaná", "languages": ["czech"], "gender": "FEMALE", "active": true}""";
        Family family = ConferenceFixture.family("ospod-mesto");
        String conference = "/api/v1/case-conferences/" + as("ospod.novakova").body("""
                {"familyId": "%s", "purpose": "Agree who helps.", "scheduledFor": "%s", "place": "MěÚ"}"""
                .formatted(family.id(), Instant.now().plus(Duration.ofDays(5)))).post("/api/v1/case-conferences")
                .then().statusCode(201).extract().path("id");
        String minutes = "{\"situation\": \"s\", \"childView\": \"c\", \"childPresent\": true, \"decisions\": \"d\"}";

        for (String notStrong : new String[] {"*", "W/\"0\""}) {
            as("rk.koordinator").header("If-Match", notStrong).body(profile).put("/api/v1/coordinators/me")
                    .then().statusCode(412).contentType("application/problem+json").body("type", endsWith("/strong-etag-required"));
            as("ospod.novakova").header("If-Match", notStrong).body(minutes).post(conference + "/minutes")
                    .then().statusCode(412).body("type", endsWith("/strong-etag-required"));
        }
        as("rk.koordinator").get("/api/v1/coordinators/me").then().body("name", equalTo("Radka Koordinátorová"));
        as("ospod.novakova").get(conference).then().body("status", equalTo("PLANNED"));
        String tag = as("ospod.novakova").get(conference).header("ETag");
        as("ospod.novakova").header("If-Match", tag).body(minutes).post(conference + "/minutes")
                .then().statusCode(200).body("status", equalTo("HELD"));
    }
}
