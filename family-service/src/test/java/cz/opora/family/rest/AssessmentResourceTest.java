package cz.opora.family.rest;

import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static cz.opora.family.TestRequests.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/** Assessments against the real stack: the framework, its rules, draft and completion. */
@QuarkusTest
class AssessmentResourceTest {
    String family;
    String mother;
    String child;


    @BeforeEach
    void aFamily() {
        Response created = as("sas.dvorak").body(SampleRequests.family("Rodina Posuzovaná")).post("/api/v1/families");
        family = created.then().statusCode(201).extract().path("id");
        mother = created.path("members[0].id");
        child = created.path("members[1].id");
    }

    String assessment() {
        return """
                {"summary": "Rodina žije na ubytovně, dluhy rostou.",
                 "ratings": [
                   {"domain": "child.education", "memberId": "%s", "rating": "CONCERN", "notes": "Časté absence."},
                   {"domain": "parent.capacity-to-care", "memberId": "%s", "rating": "ADEQUATE"},
                   {"domain": "family.housing", "rating": "SERIOUS_CONCERN", "notes": "Ubytovna, nájem na týden."}],
                 "formulation": [
                   {"category": "presenting", "text": "Hrozí ztráta bydlení."},
                   {"category": "perpetuating", "text": "Exekuce brání pronájmu bytu.", "priority": true},
                   {"category": "protective", "text": "Babička pomáhá s dětmi."}]}""".formatted(child, mother);
    }

    @Test
    void theFrameworkListsTheDecreeDomainsAnd6pCategories() {
        as("sas.kralova").get("/api/v1/assessment-framework").then().statusCode(200)
                .body("domains", hasItems("child.health", "child.own-wishes", "parent.keeping-child-safe",
                        "family.finances-and-debts", "family.social-network"))
                .body("formulationCategories", hasItems("presenting", "predisposing", "precipitating", "perpetuating", "protective"))
                .body("priorityCategories", containsInAnyOrder("perpetuating"));
    }

    @Test
    void aDraftIsWrittenThenCompletedAndThenFrozen() {
        String path = "/api/v1/families/" + family + "/assessments";
        Response created = as("sas.kralova").body(assessment()).post(path);
        created.then().statusCode(201).header("ETag", "\"0\"").body("status", equalTo("DRAFT"))
                .body("ratings", hasSize(3)).body("formulation.priority", hasItem(true));
        String one = path + "/" + created.path("id");
        as("sas.kralova").header("If-Match", "\"0\"").body(assessment().replace("CONCERN\", \"notes\": \"Časté", "STRENGTH\", \"notes\": \"Lepší"))
                .put(one).then().statusCode(200).header("ETag", "\"1\"").body("ratings[0].rating", equalTo("STRENGTH"));
        as("sas.kralova").header("If-Match", "\"1\"").post(one + "/completion").then().statusCode(403);
        as("sas.dvorak").header("If-Match", "\"0\"").post(one + "/completion").then().statusCode(412);
        as("sas.dvorak").header("If-Match", "\"1\"").post(one + "/completion").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        as("sas.dvorak").header("If-Match", "\"2\"").body(assessment()).put(one).then().statusCode(409)
                .body("currentState", equalTo("COMPLETED"));
        as("sas.dvorak").get(path).then().statusCode(200).body("items", hasSize(1)).body("items[0].ratings", equalTo(null));
        as("sas2.horak").get(one).then().statusCode(404);
        as("sas2.horak").get(path).then().statusCode(404);
    }

    @Test
    void ratingsAndFactorsMustFitTheFrameworkAndTheFamily() {
        String path = "/api/v1/families/" + family + "/assessments";
        as("sas.dvorak").body("""
                {"ratings": [
                   {"domain": "child.astrology", "memberId": "%s", "rating": "CONCERN"},
                   {"domain": "child.health", "memberId": "%s", "rating": "CONCERN"},
                   {"domain": "family.housing", "memberId": "%s", "rating": "CONCERN"},
                   {"domain": "parent.capacity-to-care", "rating": "CONCERN"},
                   {"domain": "family.employment", "rating": "GREAT"}],
                 "formulation": [{"category": "protective", "text": "x", "priority": true}, {"category": "pizza", "text": "x"}]}"""
                .formatted(child, mother, mother))
                .post(path).then().statusCode(400);
        as("sas.dvorak").body("""
                {"ratings": [
                   {"domain": "child.astrology", "memberId": "%s", "rating": "CONCERN"},
                   {"domain": "child.health", "memberId": "%s", "rating": "CONCERN"},
                   {"domain": "family.housing", "memberId": "%s", "rating": "CONCERN"},
                   {"domain": "parent.capacity-to-care", "rating": "CONCERN"},
                   {"domain": "child.health", "memberId": "%s", "rating": "ADEQUATE"},
                   {"domain": "child.health", "memberId": "%s", "rating": "ADEQUATE"}],
                 "formulation": [{"category": "protective", "text": "x", "priority": true}, {"category": "pizza", "text": "x"}]}"""
                .formatted(child, mother, mother, child, child))
                .post(path).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("ratings[0].domain", "ratings[1].memberId", "ratings[2].memberId",
                        "ratings[3].memberId", "ratings[5].domain", "formulation[0].priority", "formulation[1].category"));
        as("sas.dvorak").get(path).then().body("items", hasSize(0));
    }
}
