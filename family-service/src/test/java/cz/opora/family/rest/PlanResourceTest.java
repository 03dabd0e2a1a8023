package cz.opora.family.rest;

import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static cz.opora.family.TestRequests.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Plans against the real stack: agreement, progress, revision with history, sources, deadlines. */
@QuarkusTest
class PlanResourceTest {
    @Inject
    EntityManager em;

    String family;
    String mother;
    String priority;
    String presenting;


    @BeforeEach
    void aFamilyWithACompletedAssessment() {
        Response created = as("sas.dvorak").body(SampleRequests.family("Rodina Plánovaná")).post("/api/v1/families");
        family = created.then().statusCode(201).extract().path("id");
        mother = created.path("members[0].id");
        Response assessment = as("sas.dvorak").body("""
                {"ratings": [{"domain": "family.housing", "rating": "SERIOUS_CONCERN"}],
                 "formulation": [{"category": "presenting", "text": "Hrozí ztráta bydlení."},
                                 {"category": "perpetuating", "text": "Exekuce brání pronájmu.", "priority": true}]}""")
                .post("/api/v1/families/" + family + "/assessments");
        presenting = assessment.path("formulation[0].id");
        priority = assessment.path("formulation[1].id");
        as("sas.dvorak").header("If-Match", "\"0\"")
                .post("/api/v1/families/" + family + "/assessments/" + assessment.path("id") + "/completion")
                .then().statusCode(200);
    }

    String plans() {
        return "/api/v1/families/" + family + "/plans";
    }

    String plan(String reviewDate, String stepDue) {
        return """
                {"source": "SAS_PLAN", "title": "Stabilní bydlení", "reviewDate": "%s",
                 "goals": [
                   {"what": "Rodina bydlí v nájemním bytě", "progressIndicator": "Podepsaná nájemní smlouva",
                    "fromFactorId": "%s",
                    "steps": [{"what": "Domluvit oddlužení", "who": {"kind": "WORKER", "id": "%s", "name": "Eva Králová"}, "dueDate": "%s"},
                              {"what": "Přinést výpisy z účtu", "who": {"kind": "MEMBER", "id": "%s"}, "dueDate": "2099-01-01"}]}]}"""
                .formatted(reviewDate, priority, Tokens.subject("sas.kralova"), stepDue, mother);
    }

    @Test
    void aPlanIsAgreedProgressedAndRevisedWithItsHistoryKept() {
        Response agreed = as("sas.dvorak").body(plan("2099-06-30", "2099-03-01")).post(plans());
        agreed.then().statusCode(201).header("ETag", "\"0\"").body("revision", equalTo(1))
                .body("goals[0].fromFactorId", equalTo(priority))
                .body("goals[0].steps.who.name", contains("Eva Králová", "Jana Nováková"));
        String path = plans() + "/" + agreed.path("id");
        String goal = agreed.path("goals[0].id");
        String keptStep = agreed.path("goals[0].steps[0].id");

        as("sas.kralova").header("If-Match", "\"0\"").body("{\"status\": \"PARTLY_ACHIEVED\", \"note\": \"Oddlužení podáno.\"}")
                .put(path + "/goals/" + goal + "/progress").then().statusCode(200).header("ETag", "\"1\"");
        as("sas.kralova").header("If-Match", "\"1\"").body("{\"status\": \"DONE\"}")
                .put(path + "/steps/" + keptStep + "/progress").then().statusCode(200).header("ETag", "\"2\"");
        as("sas.kralova").header("If-Match", "\"1\"").body("{\"status\": \"DONE\"}")
                .put(path + "/steps/" + keptStep + "/progress").then().statusCode(412);

        String revision = """
                {"source": "SAS_PLAN", "title": "Stabilní bydlení a škola", "reviewDate": "2099-09-30",
                 "goals": [
                   {"id": "%s", "what": "Rodina bydlí v nájemním bytě", "steps": [
                      {"id": "%s", "what": "Domluvit oddlužení", "who": {"kind": "WORKER", "id": "w1", "name": "Eva Králová"}}]},
                   {"what": "Petr chodí do školy každý den", "steps": []}]}""".formatted(goal, keptStep);
        as("sas.dvorak").header("If-Match", "\"2\"").body(revision.replace("SAS_PLAN", "OSPOD_IPOD")).put(path)
                .then().statusCode(400).body("errors.field", hasItem("source"));
        as("sas.dvorak").header("If-Match", "\"2\"").body(revision).put(path).then().statusCode(200)
                .body("revision", equalTo(2)).body("goals", hasSize(2))
                .body("goals[0].id", equalTo(goal)).body("goals[0].status", equalTo("PARTLY_ACHIEVED"))
                .body("goals[0].steps", hasSize(1)).body("goals[0].steps[0].status", equalTo("DONE"));
        as("sas.dvorak").get(path + "/revisions").then().statusCode(200)
                .body("revision", contains(1)).body("[0].plan.title", equalTo("Stabilní bydlení"))
                .body("[0].plan.goals[0].steps", hasSize(2));
        as("sas2.horak").get(path).then().statusCode(404);
        as("sas2.horak").get(path + "/revisions").then().statusCode(404);

        Number events = (Number) em.createNativeQuery("SELECT count(*) FROM outbox_event WHERE message_key = ?1 "
                + "AND event_type IN ('cz.opora.family.plan-agreed', 'cz.opora.family.plan-revised')")
                .setParameter(1, family).getSingleResult();
        assertThat(events.intValue()).isEqualTo(2);
    }

    @Test
    void goalsStepsAndSourcesAreChecked() {
        as("sas.dvorak").body(plan("2099-06-30", "2099-03-01").replace(priority, presenting)).post(plans())
                .then().statusCode(400).body("errors.field", hasItem("goals[0].fromFactorId"));
        as("sas.dvorak").body(plan("2099-06-30", "2099-03-01").replace(mother, "not-a-member")).post(plans())
                .then().statusCode(400).body("errors.field", hasItem("goals[0].steps[1].who.id"));
        as("sas.dvorak").body(plan("2099-06-30", "2099-03-01").replace(", \"name\": \"Eva Králová\"", "")).post(plans())
                .then().statusCode(400).body("errors.field", hasItem("goals[0].steps[0].who.name"));
        as("sas.dvorak").body(plan("2099-06-30", "2099-03-01").replace("SAS_PLAN", "OSPOD_IPOD")).post(plans())
                .then().statusCode(403);
        as("sas.dvorak").body(plan("2099-06-30", "2099-03-01").replace("SAS_PLAN", "FAMILY_CONFERENCE")).post(plans())
                .then().statusCode(400).body("errors.field", hasItem("source"));
        as("sas.dvorak").body("{\"source\": \"SAS_PLAN\", \"title\": \"Prázdný\", \"goals\": []}").post(plans())
                .then().statusCode(400).body("errors.field", hasItem("goals"));
        as("sas.dvorak").get(plans()).then().body("items", hasSize(0));
    }

    @Test
    void overdueReviewsAndStepsShowUpForTheirWorkersAndOrganization() {
        String planId = as("sas.dvorak").body(plan("2020-06-30", "2020-03-01")).post(plans())
                .then().statusCode(201).extract().path("id");
        as("sas.kralova").queryParam("scope", "mine").get("/api/v1/deadlines").then().statusCode(200)
                .body("overdueSteps.planId", hasItem(planId)).body("overdueReviews.planId", not(hasItem(planId)));
        as("sas.dvorak").queryParam("scope", "mine").get("/api/v1/deadlines").then().statusCode(200)
                .body("overdueReviews.planId", hasItem(planId)).body("overdueSteps.planId", not(hasItem(planId)));
        as("sas.kralova").get("/api/v1/deadlines").then().statusCode(200)
                .body("overdueReviews.planId", hasItem(planId)).body("overdueSteps.planId", hasItem(planId))
                .body("overdueSteps.findAll { it.planId == '" + planId + "' }.who", containsInAnyOrder("Eva Králová"));
        as("sas2.horak").get("/api/v1/deadlines").then().statusCode(200)
                .body("overdueReviews.planId", not(hasItem(planId))).body("overdueSteps.planId", not(hasItem(planId)));
        as("sas.kralova").queryParam("scope", "everyone").get("/api/v1/deadlines").then().statusCode(400)
                .body("errors.field", hasItem("scope"));
    }
}
