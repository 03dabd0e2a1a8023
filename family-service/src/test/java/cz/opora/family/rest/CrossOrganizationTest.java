package cz.opora.family.rest;

import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint that takes an id answers 404 to another organization, exactly as for an id that does not exist,
 * and changes nothing. The family has one of everything, so every id is real.
 */
@QuarkusTest
class CrossOrganizationTest {
    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "*");
    }

    @Test
    void anotherOrganizationGets404Everywhere() {
        String owner = Tokens.user("sas.dvorak");
        Response created = as(owner).body(SampleRequests.family("Rodina Chráněná")).post("/api/v1/families");
        String f = "/api/v1/families/" + created.then().statusCode(201).extract().path("id");
        String mother = created.path("members[0].id");
        String member = f + "/members/" + mother;
        String consent = f + "/consents/" + as(owner).body("""
                {"givenBy": "%s", "purpose": "TUTORING", "formReference": "T-2"}""".formatted(mother))
                .post(f + "/consents").then().statusCode(201).extract().path("id");
        Response assessmentCreated = as(owner).body("""
                {"ratings": [], "formulation": [{"category": "perpetuating", "text": "x", "priority": true}]}""")
                .post(f + "/assessments");
        String assessment = f + "/assessments/" + assessmentCreated.then().statusCode(201).extract().path("id");
        Response planCreated = as(owner).body("""
                {"source": "SAS_PLAN", "title": "P", "goals": [{"what": "G", "steps": [
                  {"what": "S", "who": {"kind": "MEMBER", "id": "%s"}}]}]}""".formatted(mother)).post(f + "/plans");
        String plan = f + "/plans/" + planCreated.then().statusCode(201).extract().path("id");
        String goal = plan + "/goals/" + planCreated.path("goals[0].id");
        String step = plan + "/steps/" + planCreated.path("goals[0].steps[0].id");
        String contact = f + "/contacts/" + as(owner).body("""
                {"date": "%s", "durationMinutes": 10, "type": "PHONE"}""".formatted(LocalDate.now()))
                .post(f + "/contacts").then().statusCode(201).extract().path("id");

        String familyBody = "{\"name\": \"X\", \"address\": {\"municipality\": \"Brno\"}}";
        String memberBody = SampleRequests.member("Cizí", "Člověk");
        List<String[]> calls = List.of(
                new String[] {"GET", f, null}, new String[] {"PUT", f, familyBody},
                new String[] {"POST", f + "/activation", null},
                new String[] {"POST", f + "/closure", "{\"reason\": \"OTHER\", \"summary\": \"x\"}"},
                new String[] {"POST", f + "/reopening", "{\"reason\": \"x\"}"},
                new String[] {"PUT", f + "/team", "{\"members\": []}"},
                new String[] {"GET", f + "/timeline", null},
                new String[] {"POST", f + "/members", memberBody}, new String[] {"GET", member, null},
                new String[] {"PUT", member, memberBody}, new String[] {"DELETE", member, null},
                new String[] {"GET", f + "/consents", null}, new String[] {"GET", consent, null},
                new String[] {"POST", f + "/consents", "{\"givenBy\": \"" + mother + "\", \"purpose\": \"TUTORING\", \"formReference\": \"F\"}"},
                new String[] {"POST", consent + "/withdrawal", "{}"},
                new String[] {"GET", f + "/assessments", null}, new String[] {"GET", assessment, null},
                new String[] {"PUT", assessment, "{\"ratings\": [], \"formulation\": []}"},
                new String[] {"POST", assessment + "/completion", null},
                new String[] {"POST", f + "/assessments", "{\"ratings\": [], \"formulation\": []}"},
                new String[] {"GET", f + "/plans", null}, new String[] {"GET", plan, null},
                new String[] {"GET", plan + "/revisions", null},
                new String[] {"PUT", plan, "{\"source\": \"SAS_PLAN\", \"title\": \"X\", \"goals\": [{\"what\": \"G\", \"steps\": []}]}"},
                new String[] {"PUT", goal + "/progress", "{\"status\": \"ACHIEVED\"}"},
                new String[] {"PUT", step + "/progress", "{\"status\": \"DONE\"}"},
                new String[] {"POST", f + "/plans", "{\"source\": \"SAS_PLAN\", \"title\": \"X\", \"goals\": [{\"what\": \"G\", \"steps\": []}]}"},
                new String[] {"GET", f + "/contacts", null}, new String[] {"GET", contact, null},
                new String[] {"PUT", contact, "{\"date\": \"2026-01-01\", \"durationMinutes\": 5, \"type\": \"PHONE\"}"},
                new String[] {"DELETE", contact, null},
                new String[] {"POST", f + "/contacts", "{\"date\": \"2026-01-01\", \"durationMinutes\": 5, \"type\": \"PHONE\"}"});

        String before = as(owner).get(f).then().statusCode(200).extract().header("ETag");
        List<String> leaks = new ArrayList<>();
        for (String other : List.of(Tokens.user("sas2.horak"), Tokens.partnerSasSever())) {
            for (String[] call : calls) {
                RequestSpecification request = as(other);
                if (call[2] != null) {
                    request.body(call[2]);
                }
                Response response = request.request(call[0], call[1]);
                if (response.statusCode() != 404 || !response.contentType().startsWith("application/problem+json")) {
                    leaks.add(call[0] + " " + call[1] + " -> " + response.statusCode());
                }
            }
        }
        assertThat(leaks).as("endpoints that did not answer 404 problem+json").isEmpty();
        // The role check comes first: a case manager of another organization may not read access logs at all.
        as(Tokens.user("sas2.horak")).get(f + "/access-log").then().statusCode(403);
        assertThat(as(owner).get(f).then().statusCode(200).extract().header("ETag")).as("nothing changed").isEqualTo(before);
    }
}
