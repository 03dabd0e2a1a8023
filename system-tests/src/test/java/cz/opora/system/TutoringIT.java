package cz.opora.system;

import cz.opora.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Tutoring across the suite: sas.dvorak records the family's consent to tutoring; the programme (klub.vesela) matches
 * tutor.benes with the older child; the tutor records sessions, then misses three; the SAS worker sees the sessions and
 * the absence alert on the family's timeline; klub.vesela enrols the younger sibling in the preschool club, takes
 * attendance and records the school entry into a mainstream school. Then the family withdraws its consent: the match
 * ends, and the former tutor and the programme's staff keep the record (dates, hours) and nothing that identifies or
 * locates the child.
 */
@ExtendWith(Stack.class)
class TutoringIT {

    static RequestSpecification at(Stack.Service service, String user) {
        return given().baseUri(service.url()).auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    @Test
    void homeTutoringAndThePreschoolClubKeepTheSasWorkerInformed() {
        Response registered = at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"name": "Rodina Doučovaná", "address": {"street": "Cejl 12", "municipality": "Brno"},
                 "members": [{"firstName": "Jana", "lastName": "Doučovaná", "role": "PARENT", "birthDate": "1990-04-01"},
                             {"firstName": "Petr", "lastName": "Doučovaný", "role": "CHILD", "birthDate": "2016-09-12"},
                             {"firstName": "Anička", "lastName": "Doučovaná", "role": "CHILD", "birthDate": "%s"}]}"""
                .formatted(LocalDate.now().minusYears(5).minusDays(20))).post("/api/v1/families");
        String familyId = registered.then().statusCode(201).extract().path("id");
        List<String> members = registered.path("members.id");
        String family = "/api/v1/families/" + familyId;
        String consent = at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "TUTORING", "scopes": ["SCHOOL"], "formReference": "SAS-JIH/2026/DOUC-1"}"""
                .formatted(members.get(0))).post(family + "/consents").then().statusCode(201).extract().path("id");

        // The programme registers tutor.benes (once) and matches him with Petr.
        String tutor = Families.tutorBenes();
        String matchBody = """
                {"tutorId": "%s", "familyId": "%s", "childId": "%s", "place": "Cejl 12, Brno", "schedule": "Mon 16:00",
                 "school": "ZŠ Merhautova", "schoolClass": "4.A", "sasContactName": "Martin Dvořák", "subjects": ["math"],
                 "goals": "Multiplication; the school reports gaps."}""".formatted(tutor, familyId, members.get(1));
        String[] match = new String[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response r = at(Stack.Service.TUTORING, "klub.vesela").body(matchBody).post("/api/v1/matches");
            match[0] = r.statusCode() == 201 ? r.path("id") : null;
            return match[0] != null;
        });
        at(Stack.Service.TUTORING, "klub.vesela").body("{}").post("/api/v1/matches/" + match[0] + "/start").then().statusCode(200);

        // The tutor records a session, then misses three.
        String sessions = "/api/v1/matches/" + match[0] + "/sessions";
        at(Stack.Service.TUTORING, "tutor.benes").body("""
                {"date": "%s", "held": true, "durationMinutes": 90, "childPresent": true, "parentPresent": false,
                 "subjects": ["math"], "workedOn": "Multiplication by 7.", "noteForSas": "Petr had no breakfast."}"""
                .formatted(LocalDate.now().minusDays(14))).post(sessions).then().statusCode(201);
        for (int days = 10; days >= 6; days -= 2) {
            at(Stack.Service.TUTORING, "tutor.benes").body("{\"date\": \"" + LocalDate.now().minusDays(days) + "\", \"held\": false}")
                    .post(sessions).then().statusCode(201);
        }

        // The SAS worker sees the sessions and the alert on the family's timeline, and the tutor's note.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> at(Stack.Service.FAMILY, "sas.dvorak")
                .get(family + "/timeline?limit=100").then().statusCode(200)
                .body("items.kind", hasItems("tutoring.match-started", "tutoring.session-held", "tutoring.session-missed",
                        "tutoring.absence-alert")));
        at(Stack.Service.TUTORING, "sas.dvorak").get(family + "/tutoring").then().statusCode(200)
                .body("sessionsByMatch." + match[0] + ".noteForSas", hasItem("Petr had no breakfast."));

        // The younger sibling in the preschool club: enrolment, attendance, school entry into a mainstream school.
        String club = at(Stack.Service.TUTORING, "klub.vesela").body("""
                {"name": "Předškoláček Cejl", "place": "Cejl 50", "leaderName": "Lucie Veselá", "capacity": 12, "schedule": "Tue 9:00"}""")
                .post("/api/v1/clubs").then().statusCode(201).extract().path("id");
        String enrolment = at(Stack.Service.TUTORING, "klub.vesela").body("{\"familyId\": \"" + familyId + "\", \"childId\": \""
                + members.get(2) + "\"}").post("/api/v1/clubs/" + club + "/enrolments").then().statusCode(201)
                .body("status", equalTo("ENROLLED")).extract().path("id");
        at(Stack.Service.TUTORING, "klub.vesela").body("{\"date\": \"" + LocalDate.now() + "\", \"topic\": \"Barvy\", "
                + "\"attendance\": [{\"enrolmentId\": \"" + enrolment + "\", \"present\": true}]}")
                .post("/api/v1/clubs/" + club + "/sessions").then().statusCode(201).body("present", equalTo(1));
        at(Stack.Service.TUTORING, "klub.vesela").body("{\"outcome\": \"MAINSTREAM\", \"school\": \"ZŠ Merhautova\", "
                + "\"enteredOn\": \"" + LocalDate.now() + "\"}")
                .put("/api/v1/clubs/" + club + "/enrolments/" + enrolment + "/school-entry").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> at(Stack.Service.FAMILY, "sas.dvorak")
                .get(family + "/timeline?limit=100").then().statusCode(200)
                .body("items.kind", hasItems("tutoring.club-enrolled", "tutoring.school-entry")));

        // The family withdraws its consent to tutoring: a former tutor keeps nothing identifying, nor do the staff.
        String consentTag = at(Stack.Service.FAMILY, "sas.dvorak").get(family + "/consents/" + consent).then().statusCode(200)
                .extract().header("ETag");
        at(Stack.Service.FAMILY, "sas.dvorak").header("If-Match", consentTag).body("{\"note\": \"The mother withdrew it.\"}")
                .post(family + "/consents/" + consent + "/withdrawal").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> at(Stack.Service.TUTORING, "tutor.benes")
                .get("/api/v1/matches/" + match[0]).then().statusCode(200).body("endReason", equalTo("CONSENT_WITHDRAWN")));
        for (String user : List.of("tutor.benes", "klub.vesela")) {
            String read = at(Stack.Service.TUTORING, user).get("/api/v1/matches/" + match[0]).then().statusCode(200)
                    .body("childDetailsWithheld", equalTo(true)).body("startedAt", notNullValue()).extract().asString();
            String listed = at(Stack.Service.TUTORING, user).get("/api/v1/matches?limit=100").then().statusCode(200)
                    .extract().jsonPath().getString("items.find { it.id == '" + match[0] + "' }");
            String held = at(Stack.Service.TUTORING, user).get(sessions).then().statusCode(200)
                    .body("items.durationMinutes", hasItem(90)).extract().asString();
            for (String text : List.of(read, listed, held)) {
                assertThat(text).as(user).isNotNull().doesNotContain("Petr", "Doučovan", "Cejl", "Merhautova", "Dvořák",
                        "Multiplication", "breakfast");
            }
        }
    }
}
