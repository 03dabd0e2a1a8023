package cz.opora.conference.rest;

import cz.opora.conference.ConferenceFixture;
import cz.opora.testing.FamilyEvents.Family;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;


import static cz.opora.conference.ConferenceFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The overview of both kinds of conference, feedback after a conference, and the figures that follow. */
@QuarkusTest
class ConferenceOverviewResourceTest {

    static JsonPath statistics(String user) {
        return as(user).get("/api/v1/conferences/statistics").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theOverviewShowsRolesAndWhatAwaitsActionAndFeedbackCountsInTheFigures() {
        JsonPath before = statistics("ospod.novakova");
        Family family = ConferenceFixture.family("ospod-mesto");
        String fgc = FamilyConferenceResourceTest.preparing(family);
        String cc = CaseConferenceResourceTest.convene(family, null);

        as("ospod.novakova").get("/api/v1/conferences?limit=50").then().statusCode(200)
                .body("items.find { it.id == '" + fgc + "' }.role", equalTo("REFERRER"))
                .body("items.find { it.id == '" + fgc + "' }.mine", equalTo(true))
                .body("items.find { it.id == '" + cc + "' }.role", equalTo("CONVENER"))
                .body("items.find { it.id == '" + cc + "' }.familyName", equalTo("Rodina Referralová"));
        as("rk.koordinator").get("/api/v1/conferences?filter=AWAITING_ACTION&limit=100").then().statusCode(200)
                .body("items.id", hasItem(fgc)).body("items.find { it.id == '" + fgc + "' }.role", equalTo("COORDINATOR"));
        as("ospod.novakova").get("/api/v1/conferences?filter=AWAITING_ACTION&limit=100").then().statusCode(200)
                .body("items.id", not(hasItem(fgc)));
        as("ospod.novakova").get("/api/v1/conferences?filter=UPCOMING&limit=100").then().statusCode(200)
                .body("items.id", hasItem(cc));
        as("sas2.horak").get("/api/v1/conferences?limit=100").then().statusCode(200).body("items.id", not(hasItem(fgc)));
        as("ospod.novakova").get("/api/v1/conferences?filter=SOON").then().statusCode(400).body("errors[0].field", equalTo("filter"));

        as("ospod.novakova").body("{\"rating\": 5}").put("/api/v1/conferences/" + cc + "/feedback").then().statusCode(409);
        as("ospod.novakova").body("""
                {"situation": "s", "childView": "c", "childPresent": true, "decisions": "d"}""")
                .post("/api/v1/case-conferences/" + cc + "/minutes").then().statusCode(200);
        as("ospod.novakova").body("{\"rating\": 6}").put("/api/v1/conferences/" + cc + "/feedback").then().statusCode(400)
                .body("errors[0].field", equalTo("rating"));
        as("ospod.novakova").body("{\"rating\": 2}").put("/api/v1/conferences/" + cc + "/feedback").then().statusCode(200);
        as("ospod.novakova").body("{\"rating\": 4, \"comment\": \"Useful.\"}").put("/api/v1/conferences/" + cc + "/feedback")
                .then().statusCode(200);
        as("sas2.horak").body("{\"rating\": 1}").put("/api/v1/conferences/" + cc + "/feedback").then().statusCode(404);

        JsonPath after = statistics("ospod.novakova");
        assertThat(after.getLong("familyConferences.offered") - before.getLong("familyConferences.offered")).isEqualTo(1);
        assertThat(after.getLong("familyConferences.consented") - before.getLong("familyConferences.consented")).isEqualTo(1);
        assertThat(after.getLong("caseConferences.held") - before.getLong("caseConferences.held")).isEqualTo(1);
        assertThat(after.getLong("satisfaction.responses") - before.getLong("satisfaction.responses")).as("replaced, not added").isEqualTo(1);
        assertThat(after.getDouble("satisfaction.averageRating")).isBetween(1.0, 5.0);
        as("ospod.novakova").get("/api/v1/conferences/statistics?from=2026-12-31&to=2026-01-01").then().statusCode(400);
    }
}
