package cz.opora.tutoring.rest;

import cz.opora.testing.FamilyEvents.Family;
import cz.opora.tutoring.TutoringFixture;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cz.opora.tutoring.TutoringFixture.STAFF;
import static cz.opora.tutoring.TutoringFixture.TUTOR;
import static cz.opora.tutoring.TutoringFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Tutors, their vetting and their matches against the real stack. */
@QuarkusTest
class MatchResourceTest {

    @Test
    void anUnvettedOrExpiredTutorIsRefusedAndAnExpiringOneIsListedForTheCoordinator() {
        Family family = TutoringFixture.family(true);
        String unvetted = TutoringFixture.tutor(null, null);
        String expired = TutoringFixture.tutor(null, LocalDate.now().minusYears(2).toString());
        String expiring = TutoringFixture.tutor(null, LocalDate.now().minusYears(1).plusDays(10).toString());
        String body = """
                {"tutorId": "%s", "familyId": "%s", "childId": "%s", "place": "x", "schedule": "x",
                 "sasContactName": "x", "subjects": ["math"], "goals": "x"}""";
        as(STAFF).body(body.formatted(unvetted, family.id(), family.childId())).post("/api/v1/matches").then()
                .statusCode(409).body("type", containsString("tutor-not-vetted")).body("detail", containsString("criminal-record"));
        as(STAFF).body(body.formatted(expired, family.id(), family.childId())).post("/api/v1/matches").then()
                .statusCode(409).body("detail", containsString("no longer valid"));
        as(STAFF).get("/api/v1/tutors?vetting=EXPIRING&limit=100").then().statusCode(200)
                .body("items.id", hasItem(expiring)).body("items.id", not(hasItem(expired)));
        as(STAFF).get("/api/v1/tutors/" + expiring).then().statusCode(200).body("vetting", equalTo("EXPIRING"));
        TutoringFixture.match(expiring, family, family.childId());
    }

    @Test
    void aMatchNeedsTheFamilysConsentAndAChildAndATutorSeesOnlyTheOwnMatches() {
        String benes = TutoringFixture.tutor(TUTOR, LocalDate.now().minusMonths(3).toString());
        String other = TutoringFixture.tutor(null, LocalDate.now().minusMonths(3).toString());
        Family without = TutoringFixture.family(false);
        String body = """
                {"tutorId": "%s", "familyId": "%s", "childId": "%s", "place": "x", "schedule": "x",
                 "sasContactName": "x", "subjects": ["math"], "goals": "x"}""";
        as(STAFF).body(body.formatted(benes, without.id(), without.childId())).post("/api/v1/matches").then()
                .statusCode(400).body("errors[0].field", equalTo("familyId"))
                .body("errors[0].message", containsString("consented to tutoring"));
        Family family = TutoringFixture.family(true);
        as(STAFF).body(body.formatted(benes, family.id(), family.parentId())).post("/api/v1/matches").then()
                .statusCode(400).body("errors[0].field", equalTo("childId"));

        String own = TutoringFixture.match(benes, family, family.childId());
        String others = TutoringFixture.match(other, family, family.secondChildId());
        as(STAFF).body("{}").post("/api/v1/matches/" + own + "/start").then().statusCode(200).body("status", equalTo("ACTIVE"));
        as(STAFF).body("{}").post("/api/v1/matches/" + own + "/start").then().statusCode(409).body("currentStatus", equalTo("ACTIVE"));

        as(TUTOR).get("/api/v1/matches/" + own).then().statusCode(200)
                .body("childName", equalTo("Petr Novák")).body("school", equalTo("ZŠ Merhautova"))
                .body("sasContactName", equalTo("Martin Dvořák"));
        as(TUTOR).get("/api/v1/matches/" + others).then().statusCode(404);
        as(TUTOR).body("{\"date\": \"" + LocalDate.now() + "\", \"held\": true, \"durationMinutes\": 60}")
                .post("/api/v1/matches/" + others + "/sessions").then().statusCode(404);
        as(TUTOR).get("/api/v1/matches?limit=100").then().statusCode(200)
                .body("items.id", hasItem(own)).body("items.id", not(hasItem(others)));
        as(TUTOR).body("{\"reason\": \"OTHER\"}").post("/api/v1/matches/" + own + "/end").then().statusCode(403);
        as("sas.dvorak").get("/api/v1/matches/" + own).then().statusCode(403);
        as("tutor.benes").get("/api/v1/families/" + family.id() + "/tutoring").then().statusCode(403);
        as("sas2.horak").get("/api/v1/families/" + family.id() + "/tutoring").then().statusCode(404);
    }

    @Test
    void threeMissedSessionsInARowAlertTheSasWorkerOnceAndTheSasWorkerSeesTheNotes() {
        String benes = TutoringFixture.tutor(TUTOR, LocalDate.now().minusMonths(3).toString());
        Family family = TutoringFixture.family(true);
        String match = TutoringFixture.match(benes, family, family.childId());
        String sessions = "/api/v1/matches/" + match + "/sessions";
        as(TUTOR).body("{\"date\": \"" + LocalDate.now() + "\", \"held\": true, \"durationMinutes\": 60}").post(sessions)
                .then().statusCode(409).body("currentStatus", equalTo("PROPOSED"));
        as(STAFF).body("{}").post("/api/v1/matches/" + match + "/start").then().statusCode(200);
        as(TUTOR).body("""
                {"date": "%s", "held": true, "durationMinutes": 90, "childPresent": true, "parentPresent": true,
                 "subjects": ["math"], "workedOn": "Multiplication by 6.", "noteForSas": "The mother asks about the school trip fee."}"""
                .formatted(LocalDate.now().minusDays(10))).post(sessions).then().statusCode(201);
        as(TUTOR).body("{\"date\": \"" + LocalDate.now().minusDays(10) + "\", \"held\": false}").post(sessions).then()
                .statusCode(409);
        as(TUTOR).body("{\"date\": \"" + LocalDate.now().minusDays(9) + "\", \"held\": true}").post(sessions).then()
                .statusCode(400).body("errors[0].field", equalTo("durationMinutes"));
        for (int day = 8; day >= 5; day--) {
            as(TUTOR).body("{\"date\": \"" + LocalDate.now().minusDays(day) + "\", \"held\": false}").post(sessions).then().statusCode(201);
        }
        as(STAFF).get("/api/v1/matches/" + match).then().body("consecutiveMissed", equalTo(4));
        as(TUTOR).body("{\"date\": \"" + LocalDate.now().minusDays(4) + "\", \"held\": true, \"durationMinutes\": 60}")
                .post(sessions).then().statusCode(201);
        as(STAFF).get("/api/v1/matches/" + match).then().body("consecutiveMissed", equalTo(0));
        var events = TutoringFixture.events(family, 7, "cz.opora.tutoring.absence-alert", "cz.opora.tutoring.session-recorded");
        assertThat(events).as("one alert after the third miss in a row, none after the fourth")
                .extracting(e -> e.get("type").asText().replace("cz.opora.tutoring.", "") + ":" + e.at("/data/value").asText())
                .containsExactly("session-recorded:HELD", "session-recorded:MISSED", "session-recorded:MISSED",
                        "session-recorded:MISSED", "absence-alert:3 missed", "session-recorded:MISSED", "session-recorded:HELD");

        as("sas.dvorak").get("/api/v1/families/" + family.id() + "/tutoring").then().statusCode(200)
                .body("matches[0].status", equalTo("ACTIVE"))
                .body("sessionsByMatch." + match + ".noteForSas", hasItem("The mother asks about the school trip fee."));
        as(TUTOR).body("""
                {"term": "2026/27-1", "grades": [{"subject": "math", "grade": 3, "teacherFeedback": "Better."}], "attendancePercent": 91}""")
                .put("/api/v1/matches/" + match + "/school-progress").then().statusCode(200).body("grades[0].grade", equalTo(3));
        as(TUTOR).body("{\"term\": \"spring\", \"grades\": []}").put("/api/v1/matches/" + match + "/school-progress").then()
                .statusCode(400).body("errors[0].field", equalTo("term"));
    }
}
