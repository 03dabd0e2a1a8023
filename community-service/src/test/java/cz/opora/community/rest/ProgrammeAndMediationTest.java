package cz.opora.community.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cz.opora.community.CommunityFixture.COMMUNITY;
import static cz.opora.community.CommunityFixture.MEDIATOR;
import static cz.opora.community.CommunityFixture.NZDM;
import static cz.opora.community.CommunityFixture.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** A community programme in a hostel with sessions counted by age band; a neighbour mediation to agreement. */
@QuarkusTest
class ProgrammeAndMediationTest {

    @Test
    void aProgrammeInAHostelHasSessionsWithAttendanceByAgeBand() {
        Response created = as(COMMUNITY).body("""
                {"kind": "COMMUNITY_WORK_HOSTEL", "name": "Ubytovna Cejl", "placeKind": "HOSTEL", "municipality": "Brno"}""")
                .post("/api/v1/programmes");
        created.then().statusCode(201).header("ETag", "\"0\"").body("facilitators", hasSize(1));
        String id = created.path("id");
        String sessions = "/api/v1/programmes/" + id + "/sessions";
        as(COMMUNITY).body("""
                {"date": "%s", "topic": "Pravidla soužití", "attendance": {"AGE_6_10": 5, "OVER_26": 7, "AGE_15_17": 0}}"""
                .formatted(LocalDate.now().minusDays(2))).post(sessions).then().statusCode(201)
                .body("participants", equalTo(12)).body("attendance.AGE_6_10", equalTo(5))
                .body("attendance.AGE_15_17", nullValue());
        as(COMMUNITY).body("""
                {"date": "%s", "topic": "x", "attendance": {"AGE_6_10": 0, "ELDERS": 3}}"""
                .formatted(LocalDate.now().plusDays(2))).post(sessions).then().statusCode(400);
        as(COMMUNITY).body("""
                {"date": "%s", "topic": "x", "attendance": {"AGE_6_10": 0}}""".formatted(LocalDate.now()))
                .post(sessions).then().statusCode(400).body("errors.field", contains("attendance"));
        as(COMMUNITY).get(sessions).then().statusCode(200).body("items", hasSize(1));

        String update = """
                {"kind": "COMMUNITY_WORK_HOSTEL", "name": "Ubytovna Cejl", "placeKind": "HOSTEL", "municipality": "Brno",
                 "facilitators": ["a", "b"], "outcomes": "Domovní řád přeložen do romštiny."}""";
        as(COMMUNITY).body(update).put("/api/v1/programmes/" + id).then().statusCode(428);
        as(COMMUNITY).header("If-Match", "\"0\"").body(update).put("/api/v1/programmes/" + id).then().statusCode(200)
                .body("outcomes", equalTo("Domovní řád přeložen do romštiny.")).body("facilitators", contains("a", "b"));
        as(NZDM).get("/api/v1/programmes/" + id).then().statusCode(200).header("ETag", "\"1\"");
        as(MEDIATOR).get("/api/v1/programmes/" + id).then().statusCode(403);
    }

    @Test
    void aNeighbourMediationEndsInAgreementAndTakesNothingAfter() {
        Response opened = as(MEDIATOR).body("""
                {"type": "NEIGHBOUR", "mode": "COMMUNITY", "openedOn": "%s",
                 "parties": [{"label": "byt 12", "role": "stěžovatel"}, {"label": "byt 14", "role": "druhá strana"}]}"""
                .formatted(LocalDate.now().minusDays(10))).post("/api/v1/mediation-cases");
        opened.then().statusCode(201).body("outcome", nullValue()).body("parties.label", contains("byt 12", "byt 14"));
        String id = opened.path("id");
        String sessions = "/api/v1/mediation-cases/" + id + "/sessions";
        as(MEDIATOR).body("{\"date\": \"%s\", \"durationMinutes\": 90}".formatted(LocalDate.now().minusDays(5)))
                .post(sessions).then().statusCode(201);
        as(MEDIATOR).body("{\"date\": \"%s\", \"durationMinutes\": 90}".formatted(LocalDate.now().minusDays(11)))
                .post(sessions).then().statusCode(400).body("errors.field", contains("date"));
        String outcome = "{\"outcome\": \"AGREEMENT_REACHED\", \"closedOn\": \"%s\"}".formatted(LocalDate.now());
        as(MEDIATOR).body(outcome).put("/api/v1/mediation-cases/" + id + "/outcome").then().statusCode(428);
        as(MEDIATOR).header("If-Match", "\"0\"").body("{\"outcome\": \"AGREEMENT_REACHED\", \"closedOn\": \"%s\"}"
                .formatted(LocalDate.now().minusDays(11))).put("/api/v1/mediation-cases/" + id + "/outcome")
                .then().statusCode(400).body("errors.field", contains("closedOn"));
        as(MEDIATOR).header("If-Match", "\"0\"").body(outcome).put("/api/v1/mediation-cases/" + id + "/outcome")
                .then().statusCode(200).body("outcome", equalTo("AGREEMENT_REACHED")).header("ETag", "\"1\"");
        as(MEDIATOR).header("If-Match", "\"1\"").body(outcome).put("/api/v1/mediation-cases/" + id + "/outcome")
                .then().statusCode(409);
        as(MEDIATOR).body("{\"date\": \"%s\", \"durationMinutes\": 30}".formatted(LocalDate.now()))
                .post(sessions).then().statusCode(409);
        as(MEDIATOR).get(sessions).then().statusCode(200).body("items", hasSize(1));
        as(MEDIATOR).body("{\"type\": \"FEUD\", \"mode\": \"PEER\", \"openedOn\": null, \"parties\": [{\"label\": \"\", \"role\": \"x\"}]}")
                .post("/api/v1/mediation-cases").then().statusCode(400)
                .body("errors.field", hasItems("type", "openedOn", "parties"));
        as(NZDM).get("/api/v1/mediation-cases/" + id).then().statusCode(403);
    }
}
