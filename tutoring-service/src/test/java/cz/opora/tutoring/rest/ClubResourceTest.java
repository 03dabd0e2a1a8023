package cz.opora.tutoring.rest;

import cz.opora.testing.FamilyEvents.Family;
import cz.opora.tutoring.TutoringFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static cz.opora.tutoring.TutoringFixture.STAFF;
import static cz.opora.tutoring.TutoringFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Preschool clubs and parent workshops against the real stack: the age rule, capacity, the register, the outcomes. */
@QuarkusTest
class ClubResourceTest {

    @Test
    void aClubTakesChildrenOfPreschoolAgeUpToItsCapacityThenKeepsAWaitingList() {
        JsonPath before = as(STAFF).get("/api/v1/tutoring-statistics").then().statusCode(200).extract().jsonPath();
        Family first = TutoringFixture.family(true);
        UUID anna = TutoringFixture.child(first, "Anna", 5);
        Family second = TutoringFixture.family(true);
        UUID ben = TutoringFixture.child(second, "Beno", 4);
        UUID baby = TutoringFixture.child(second, "Cilka", 2);
        String club = as(STAFF).body("""
                {"name": "Předškoláček", "place": "Cejl 50", "leaderName": "Lucie Veselá", "capacity": 1, "schedule": "Tue 9:00"}""")
                .post("/api/v1/clubs").then().statusCode(201).extract().path("id");
        String enrol = "/api/v1/clubs/" + club + "/enrolments";

        as(STAFF).body("{\"familyId\": \"" + first.id() + "\", \"childId\": \"" + first.secondChildId() + "\"}").post(enrol)
                .then().statusCode(400).body("errors[0].field", equalTo("childId")).body("errors[0].message", containsString("14 years old"));
        as(STAFF).body("{\"familyId\": \"" + second.id() + "\", \"childId\": \"" + baby + "\"}").post(enrol)
                .then().statusCode(400).body("errors[0].message", containsString("2 years old"));
        String annaEnrolment = as(STAFF).body("{\"familyId\": \"" + first.id() + "\", \"childId\": \"" + anna + "\"}").post(enrol)
                .then().statusCode(201).body("status", equalTo("ENROLLED")).extract().path("id");
        as(STAFF).body("{\"familyId\": \"" + first.id() + "\", \"childId\": \"" + anna + "\"}").post(enrol).then().statusCode(409);
        String benEnrolment = as(STAFF).body("{\"familyId\": \"" + second.id() + "\", \"childId\": \"" + ben + "\"}").post(enrol)
                .then().statusCode(201).body("status", equalTo("WAITING")).body("waitingPosition", equalTo(1)).extract().path("id");

        as(STAFF).body("""
                {"date": "%s", "topic": "Barvy", "attendance": [{"enrolmentId": "%s", "present": true}]}"""
                .formatted(LocalDate.now(), annaEnrolment)).post("/api/v1/clubs/" + club + "/sessions").then().statusCode(201)
                .body("enrolled", equalTo(1)).body("present", equalTo(1));
        as(STAFF).body("""
                {"date": "%s", "attendance": [{"enrolmentId": "%s", "present": true}]}"""
                .formatted(LocalDate.now().minusDays(1), benEnrolment)).post("/api/v1/clubs/" + club + "/sessions").then()
                .statusCode(400).body("errors[0].field", equalTo("attendance[0].enrolmentId"));
        as(STAFF).body("""
                {"stage": "ENTRY", "assessedOn": "%s", "scores": {"language": 2, "fine-motor": 2, "attention": 2, "social": 3, "self-care": 3}}"""
                .formatted(LocalDate.now())).put(enrol + "/" + annaEnrolment + "/readiness").then().statusCode(200);
        as(STAFF).body("""
                {"stage": "BEFORE_SCHOOL", "assessedOn": "%s", "scores": {"language": 3, "fine-motor": 3, "attention": 3, "social": 4, "self-care": 4}}"""
                .formatted(LocalDate.now())).put(enrol + "/" + annaEnrolment + "/readiness").then().statusCode(200);
        as(STAFF).body("{\"stage\": \"ENTRY\", \"assessedOn\": \"" + LocalDate.now() + "\", \"scores\": {\"juggling\": 2}}")
                .put(enrol + "/" + annaEnrolment + "/readiness").then().statusCode(400).body("errors[0].field", equalTo("scores.juggling"));
        as(STAFF).body("{\"outcome\": \"MAINSTREAM\", \"school\": \"ZŠ Merhautova\", \"enteredOn\": \"" + LocalDate.now() + "\"}")
                .put(enrol + "/" + annaEnrolment + "/school-entry").then().statusCode(200).body("schoolEntry", equalTo("MAINSTREAM"));
        as(STAFF).body("{}").post(enrol + "/" + annaEnrolment + "/leaving").then().statusCode(200)
                .body("children.find { it.id == '" + benEnrolment + "' }.status", equalTo("ENROLLED"))
                .body("waiting", equalTo(0));

        assertThat(TutoringFixture.events(first, 3, "cz.opora.tutoring.club-enrolment", "cz.opora.tutoring.school-entry-recorded"))
                .extracting(e -> e.at("/data/value").asText()).containsExactly("ENROLLED", "MAINSTREAM", "LEFT");
        assertThat(TutoringFixture.events(second, 2, "cz.opora.tutoring.club-enrolment"))
                .extracting(e -> e.at("/data/value").asText()).containsExactly("WAITING", "ENROLLED");

        JsonPath after = as(STAFF).get("/api/v1/tutoring-statistics").then().statusCode(200).extract().jsonPath();
        assertThat(mainstream(after) - mainstream(before)).isEqualTo(1);
        assertThat(after.getDouble("mainstreamShare")).isBetween(0.0, 1.0);
        assertThat(after.getDouble("readinessChange")).isNotNull();
        as("tutor.benes").get("/api/v1/clubs/" + club).then().statusCode(403);
        as(STAFF).get("/api/v1/clubs/" + UUID.randomUUID()).then().statusCode(404);
    }

    /** The clubs list is paged like every list: {items, next}, by name, each club once, the cursor naming no club. */
    @Test
    void clubsArePagedByNameLikeEveryList() {
        String prefix = "Klub " + UUID.randomUUID().toString().substring(0, 8) + " ";
        for (String name : List.of("C", "A", "B")) {
            as(STAFF).body("""
                    {"name": "%s", "place": "Cejl 50", "leaderName": "Lucie Veselá", "capacity": 5, "schedule": "Tue 9:00"}"""
                    .formatted(prefix + name)).post("/api/v1/clubs").then().statusCode(201);
        }
        List<String> seen = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            var request = as(STAFF).queryParam("limit", 2);
            var page = (after == null ? request : request.queryParam("after", after)).get("/api/v1/clubs")
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.name", String.class));
            ids.addAll(page.getList("items.id", String.class));
            after = page.getString("next");
            if (after != null) {
                assertThat(new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8)).doesNotContain(prefix.strip());
            }
        } while (after != null);
        List<String> ours = seen.stream().filter(n -> n.startsWith(prefix)).toList();
        assertThat(ours).containsExactly(prefix + "A", prefix + "B", prefix + "C");
        assertThat(ids).as("every club once").doesNotHaveDuplicates();
    }

    @Test
    void aWorkshopRecordsWhichAdultsCame() {
        Family family = TutoringFixture.family(true);
        Family without = TutoringFixture.family(false);
        String workshop = as(STAFF).body("{\"title\": \"Klub maminek\", \"kind\": \"MOTHERS_CLUB\"}").post("/api/v1/workshops")
                .then().statusCode(201).extract().path("id");
        String sessions = "/api/v1/workshops/" + workshop + "/sessions";
        as(STAFF).body("""
                {"date": "%s", "topic": "Jak mluvit se školou", "attendees": [{"familyId": "%s", "memberId": "%s"}]}"""
                .formatted(LocalDate.now(), family.id(), family.childId())).post(sessions).then().statusCode(400)
                .body("errors[0].field", equalTo("attendees[0].memberId"));
        as(STAFF).body("""
                {"date": "%s", "topic": "Jak mluvit se školou", "attendees": [{"familyId": "%s", "memberId": "%s"}]}"""
                .formatted(LocalDate.now(), without.id(), without.parentId())).post(sessions).then().statusCode(400)
                .body("errors[0].field", equalTo("attendees[0].familyId"));
        as(STAFF).body("""
                {"date": "%s", "topic": "Jak mluvit se školou", "attendees": [{"familyId": "%s", "memberId": "%s"}]}"""
                .formatted(LocalDate.now(), family.id(), family.parentId())).post(sessions).then().statusCode(201)
                .body("attendees", equalTo(1));
        assertThat(TutoringFixture.events(family, 1, "cz.opora.tutoring.workshop-attendance")).hasSize(1);
        as(STAFF).body("{\"date\": \"" + LocalDate.now() + "\", \"topic\": \"x\", \"attendees\": []}")
                .post("/api/v1/workshops/" + UUID.randomUUID() + "/sessions").then().statusCode(404);
    }

    static int mainstream(JsonPath statistics) {
        Integer value = statistics.get("schoolEntries.MAINSTREAM");
        return value == null ? 0 : value;
    }
}
