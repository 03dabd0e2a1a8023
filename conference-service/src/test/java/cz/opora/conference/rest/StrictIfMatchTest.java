package cz.opora.conference.rest;

import cz.opora.conference.ConferenceFixture;
import cz.opora.testing.FamilyEvents.Family;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static cz.opora.conference.ConferenceFixture.as;
import static cz.opora.conference.ConferenceFixture.bare;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Lost-update protection cannot be skipped: a coordinator's profile and every change of a case conference or a family
 * group conference take the strong ETag of the current version in If-Match (428 without it, 412 when stale or not
 * strong). Only creating a conference (and a review conference's answer, a new record) carries no If-Match.
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

    @Test
    void everyStepOfAConferenceRequiresTheCurrentETag() {
        Family family = ConferenceFixture.family("ospod-mesto");
        String fgc = FamilyConferenceResourceTest.FGC + "/" + FamilyConferenceResourceTest.preparing(family);
        String invitation = "{\"kind\": \"NETWORK\", \"name\": \"Věra Dušková\"}";
        String arrangements = "{\"scheduledFor\": \"" + Instant.now().plus(Duration.ofDays(3)) + "\", \"place\": \"x\"}";
        bare("rk.koordinator").body(invitation).post(fgc + "/invitees").then().statusCode(428)
                .contentType("application/problem+json").body("type", endsWith("/precondition-required"));
        bare("rk.koordinator").body(arrangements).put(fgc + "/arrangements").then().statusCode(428);
        bare("ospod.novakova").body("{\"reason\": \"x\"}").post(fgc + "/cancellation").then().statusCode(428);
        String tag = as("rk.koordinator").get(fgc).header("ETag");
        bare("rk.koordinator").header("If-Match", tag).body(invitation).post(fgc + "/invitees").then().statusCode(200);
        // The invitation changed the conference: the tag read before it is stale now.
        bare("rk.koordinator").header("If-Match", tag).body(arrangements).put(fgc + "/arrangements")
                .then().statusCode(412).body("type", endsWith("/stale"));
        as("rk.koordinator").get(fgc).then().body("status", equalTo("PREPARING")).body("invitees.size()", equalTo(1));

        String conference = "/api/v1/case-conferences/" + as("ospod.novakova").body("""
                {"familyId": "%s", "purpose": "Agree who helps.", "scheduledFor": "%s", "place": "MěÚ"}"""
                .formatted(family.id(), Instant.now().plus(Duration.ofDays(5)))).post("/api/v1/case-conferences")
                .then().statusCode(201).extract().path("id");
        bare("ospod.novakova").body("{\"kind\": \"EXTERNAL\", \"name\": \"Mgr. Petra Učitelová\"}")
                .post(conference + "/participants").then().statusCode(428);
        bare("ospod.novakova").body("{\"reason\": \"x\"}").post(conference + "/cancellation").then().statusCode(428);
        as("ospod.novakova").get(conference).then().body("status", equalTo("PLANNED"))
                .body("participants.name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Mgr. Petra Učitelová")));
    }
}
