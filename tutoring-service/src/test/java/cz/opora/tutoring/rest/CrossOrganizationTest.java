package cz.opora.tutoring.rest;

import cz.opora.testing.FamilyEvents.Family;
import cz.opora.tutoring.TutoringFixture;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static cz.opora.tutoring.TutoringFixture.STAFF;
import static cz.opora.tutoring.TutoringFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Another organization's staff (admin.sas, org-admin of SAS Jih) gets 404 for every programme record that takes an
 * id, and sees none of them in lists.
 */
@QuarkusTest
class CrossOrganizationTest {

    @Test
    void anotherOrganizationGets404OnEveryEndpointThatTakesAnId() {
        Family family = TutoringFixture.family(true);
        UUID young = TutoringFixture.child(family, "Ela", 4);
        String tutor = TutoringFixture.tutor(null, LocalDate.now().minusMonths(1).toString());
        String match = TutoringFixture.match(tutor, family, family.childId());
        String club = as(STAFF).body("""
                {"name": "Klub", "place": "x", "leaderName": "x", "capacity": 5, "schedule": "x"}""")
                .post("/api/v1/clubs").then().statusCode(201).extract().path("id");
        String enrolment = as(STAFF).body("{\"familyId\": \"" + family.id() + "\", \"childId\": \"" + young + "\"}")
                .post("/api/v1/clubs/" + club + "/enrolments").then().statusCode(201).extract().path("id");
        String workshop = as(STAFF).body("{\"title\": \"Klub maminek\", \"kind\": \"MOTHERS_CLUB\"}").post("/api/v1/workshops")
                .then().statusCode(201).extract().path("id");

        String other = "admin.sas";
        java.util.List<String> gets = java.util.List.of("/api/v1/tutors/" + tutor, "/api/v1/matches/" + match,
                "/api/v1/matches/" + match + "/sessions", "/api/v1/matches/" + match + "/school-progress",
                "/api/v1/clubs/" + club);
        gets.forEach(path -> assertThat(as(other).get(path).statusCode()).as("GET " + path).isEqualTo(404));
        String today = LocalDate.now().toString();
        Map<String, String> posts = Map.of(
                "/api/v1/matches/" + match + "/start", "{}",
                "/api/v1/matches/" + match + "/end", "{\"reason\": \"OTHER\"}",
                "/api/v1/matches/" + match + "/sessions", "{\"date\": \"" + today + "\", \"held\": false}",
                "/api/v1/clubs/" + club + "/enrolments", "{\"familyId\": \"" + family.id() + "\", \"childId\": \"" + young + "\"}",
                "/api/v1/clubs/" + club + "/enrolments/" + enrolment + "/leaving", "{}",
                "/api/v1/clubs/" + club + "/sessions", "{\"date\": \"" + today + "\", \"attendance\": []}",
                "/api/v1/workshops/" + workshop + "/sessions", "{\"date\": \"" + today + "\", \"topic\": \"x\", \"attendees\": []}");
        posts.forEach((path, body) -> assertThat(as(other).body(body).post(path).statusCode()).as("POST " + path).isEqualTo(404));
        Map<String, String> puts = Map.of(
                "/api/v1/tutors/" + tutor, "{\"name\": \"x\", \"subjects\": [\"math\"]}",
                "/api/v1/matches/" + match + "/school-progress", "{\"term\": \"2026/27-1\", \"grades\": []}",
                "/api/v1/clubs/" + club + "/enrolments/" + enrolment + "/school-entry",
                "{\"outcome\": \"MAINSTREAM\", \"enteredOn\": \"" + today + "\"}",
                "/api/v1/clubs/" + club + "/enrolments/" + enrolment + "/readiness",
                "{\"stage\": \"ENTRY\", \"assessedOn\": \"" + today + "\", \"scores\": {\"social\": 2}}");
        puts.forEach((path, body) -> assertThat(as(other).header("If-Match", "\"0\"").body(body).put(path).statusCode())
                .as("PUT " + path).isEqualTo(404));
        as(other).get("/api/v1/matches?limit=100").then().statusCode(200).body("items.id", not(hasItem(match)));
        as(other).get("/api/v1/tutors?limit=100").then().statusCode(200).body("items.id", not(hasItem(tutor)));
        as(other).get("/api/v1/workshops?limit=100").then().statusCode(200).body("items.id", not(hasItem(workshop)));
    }
}
