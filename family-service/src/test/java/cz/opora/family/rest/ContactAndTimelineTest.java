package cz.opora.family.rest;

import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cz.opora.family.TestRequests.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Contacts and the timeline against the real stack. */
@QuarkusTest
class ContactAndTimelineTest {
    String family;
    String mother;
    String child;


    @BeforeEach
    void aFamily() {
        Response created = as("sas.dvorak").body(SampleRequests.family("Rodina Navštěvovaná")).post("/api/v1/families");
        family = created.then().statusCode(201).extract().path("id");
        mother = created.path("members[0].id");
        child = created.path("members[1].id");
    }

    String contacts() {
        return "/api/v1/families/" + family + "/contacts";
    }

    @Test
    void aClosedFamilyTakesNoContacts() {
        String path = "/api/v1/families/" + family;
        String contact = """
                {"date": "%s", "durationMinutes": 30, "type": "PHONE"}""".formatted(LocalDate.now(java.time.ZoneId.of("Europe/Prague")));
        String one = contacts() + "/" + as("sas.kralova").body(contact).post(contacts()).then().statusCode(201).extract().path("id");
        String tag = as("sas.dvorak").get(path).then().extract().header("ETag");
        as("sas.dvorak").header("If-Match", tag).body("{\"reason\": \"GOALS_MET\", \"summary\": \"Cíle splněny.\"}")
                .post(path + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));

        // Like members, plans, assessments and consents: 409 invalid-state naming the state, and nothing recorded.
        as("sas.kralova").body(contact).post(contacts()).then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/invalid-state")).body("currentState", equalTo("CLOSED"));
        as("sas.kralova").header("If-Match", "\"0\"").body(contact).put(one).then().statusCode(409)
                .body("currentState", equalTo("CLOSED"));
        as("sas.dvorak").header("If-Match", "\"0\"").delete(one).then().statusCode(409).body("currentState", equalTo("CLOSED"));
        as("sas.kralova").get(contacts()).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void contactsAreRecordedCheckedAndCorrected() {
        Response recorded = as("sas.kralova").body("""
                {"date": "%s", "durationMinutes": 90, "type": "HOME_VISIT", "membersPresent": ["%s", "%s"],
                 "topics": ["bydlení", "dluhy"], "summary": "Probrali jsme splátkový kalendář."}"""
                .formatted(LocalDate.now().minusDays(1), mother, child)).post(contacts());
        recorded.then().statusCode(201).header("ETag", "\"0\"")
                .body("workers.name", contains("Eva Králová")).body("membersPresent", hasSize(2))
                .body("topics", contains("bydlení", "dluhy"));
        String one = contacts() + "/" + recorded.path("id");

        as("sas.kralova").body("""
                {"date": "2999-01-01", "durationMinutes": 0, "type": "VISIT", "membersPresent": ["%s"]}""".formatted(family))
                .post(contacts()).then().statusCode(400) // a bad code hides no other bad field (EveryFieldError)
                .body("errors.field", containsInAnyOrder("date", "durationMinutes", "type"))
                .body("errors.find { it.field == 'type' }.message", startsWith("must be one of"));
        as("sas.kralova").body("""
                {"date": "2999-01-01", "durationMinutes": 0, "type": "PHONE"}""")
                .post(contacts()).then().statusCode(400).body("errors.field", containsInAnyOrder("date", "durationMinutes"));
        as("sas.kralova").body("""
                {"date": "2026-01-05", "durationMinutes": 10, "type": "PHONE", "membersPresent": ["%s"],
                 "goals": ["%s"]}""".formatted(family, family))
                .post(contacts()).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("membersPresent[0]", "goals[0]"));

        as("sas.kralova").header("If-Match", "\"0\"").body("""
                {"date": "%s", "durationMinutes": 120, "type": "ACCOMPANIMENT", "topics": ["úřad práce"],
                 "workers": [{"id": "w-1", "name": "Eva Králová"}, {"id": "w-2", "name": "Petr Terénní"}]}"""
                .formatted(LocalDate.now().minusDays(1))).put(one)
                .then().statusCode(200).header("ETag", "\"1\"").body("workers", hasSize(2)).body("durationMinutes", equalTo(120));
        as("sas.kralova").get(contacts()).then().statusCode(200).body("items", hasSize(1));
        as("sas2.horak").get(one).then().statusCode(404);
        as("sas.kralova").header("If-Match", "\"1\"").delete(one).then().statusCode(403);
        as("sas.dvorak").header("If-Match", "\"1\"").delete(one).then().statusCode(204);
        as("sas.dvorak").get(one).then().statusCode(404);
    }

    @Test
    void theTimelineShowsWhatHappenedNewestFirst() {
        as("sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "SHARING", "recipientType": "OSPOD", "formReference": "F-9"}""".formatted(mother))
                .post("/api/v1/families/" + family + "/consents").then().statusCode(201);
        as("sas.dvorak").body("""
                {"date": "%s", "durationMinutes": 30, "type": "PHONE"}""".formatted(LocalDate.now(java.time.ZoneId.of("Europe/Prague")))).post(contacts())
                .then().statusCode(201);
        as("sas.dvorak").header("If-Match", "\"0\"").post("/api/v1/families/" + family + "/activation").then().statusCode(200);

        String timeline = "/api/v1/families/" + family + "/timeline";
        as("sas.kralova").get(timeline).then().statusCode(200)
                .body("items.kind", contains("family.activated", "contact.recorded", "consent.granted", "family.registered"))
                .body("items[2].summary", equalTo("Consent granted: SHARING with OSPOD organizations"))
                .body("items.source", hasItem("family-service"));
        Response first = as("sas.kralova").queryParam("limit", 3).get(timeline);
        first.then().body("items", hasSize(3)).body("next", notNullValue());
        as("sas.kralova").queryParam("limit", 3).queryParam("after", (String) first.path("next")).get(timeline)
                .then().body("items.kind", contains("family.registered"));
        as("sas2.horak").get(timeline).then().statusCode(404);
    }
}
