package cz.opora.family.rest;

import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cz.opora.family.TestRequests.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The household in full, against the real stack: members, lifecycle, team and caseload, search. */
@QuarkusTest
class HouseholdResourceTest {
    @Inject
    EntityManager em;


    static String register(String name) {
        return as("sas.dvorak").body(SampleRequests.family(name)).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
    }

    static String etag(String path) {
        return as("sas.dvorak").get(path).then().statusCode(200).extract().header("ETag");
    }

    long events(String familyId, String type) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_event WHERE message_key = ?1 AND event_type = ?2")
                .setParameter(1, familyId).setParameter(2, type).getSingleResult()).longValue();
    }

    @Test
    void membersAreAddedChangedAndRemovedWithTheirOwnETags() {
        String id = register("Rodina Rostoucí");
        String familyTag = etag("/api/v1/families/" + id);
        Response added = as("sas.kralova").body("""
                {"firstName": "Marie", "lastName": "Nováková", "role": "GRANDPARENT", "birthDate": "1961-07-20",
                 "relation": "babička z matčiny strany", "phone": "+420 601 234 567"}""")
                .post("/api/v1/families/" + id + "/members");
        added.then().statusCode(201).header("ETag", "\"0\"").body("relation", equalTo("babička z matčiny strany"));
        String member = "/api/v1/families/" + id + "/members/" + added.path("id");
        assertThat(etag("/api/v1/families/" + id)).as("the family changed too").isNotEqualTo(familyTag);

        String change = """
                {"firstName": "Marie", "lastName": "Nováková", "role": "GRANDPARENT", "birthDate": "1961-07-20",
                 "school": null, "email": "marie@example.cz"}""";
        as("sas.kralova").header("If-Match", "\"0\"").body(change).put(member)
                .then().statusCode(200).header("ETag", "\"1\"").body("email", equalTo("marie@example.cz"));
        as("sas.kralova").header("If-Match", "\"0\"").body(change).put(member).then().statusCode(412);
        as("sas.kralova").header("If-Match", "\"1\"").body("{\"firstName\": \"M\", \"lastName\": \"N\", \"role\": \"AUNT\"}")
                .put(member).then().statusCode(400).body("errors.field", hasItem("role"));
        as("sas.kralova").header("If-Match", "\"1\"").body("""
                {"firstName": "M", "lastName": "N", "role": "OTHER", "email": "not-an-email", "phone": "call me"}""")
                .put(member).then().statusCode(400).body("errors.field", containsInAnyOrder("email", "phone"));

        as("sas2.horak").get(member).then().statusCode(404);
        as("sas2.horak").header("If-Match", "\"1\"").delete(member).then().statusCode(404);
        as("sas.kralova").header("If-Match", "\"1\"").delete(member).then().statusCode(403);
        as("sas.dvorak").header("If-Match", "\"1\"").delete(member).then().statusCode(204);
        as("sas.dvorak").get(member).then().statusCode(404);
        as("sas.dvorak").get("/api/v1/families/" + id).then().body("members", hasSize(2));

        assertThat(events(id, "cz.opora.family.member-added")).isEqualTo(1);
        assertThat(events(id, "cz.opora.family.member-changed")).isEqualTo(1);
        assertThat(events(id, "cz.opora.family.member-removed")).isEqualTo(1);
    }

    @Test
    void theLastMemberCannotBeRemoved() {
        String id = as("sas.dvorak").body("""
                {"name": "Rodina Osamělá", "address": {"municipality": "Brno"},
                 "members": [{"firstName": "Jan", "lastName": "Sám", "role": "PARENT"}]}""")
                .post("/api/v1/families").then().statusCode(201).extract().path("id");
        String memberId = as("sas.dvorak").get("/api/v1/families/" + id).path("members[0].id");
        as("sas.dvorak").header("If-Match", "\"0\"").delete("/api/v1/families/" + id + "/members/" + memberId)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aFamilyMovesFromIntakeToActiveToClosedAndBack() {
        String id = register("Rodina Životní");
        String path = "/api/v1/families/" + id;
        as("sas.dvorak").post(path + "/activation").then().statusCode(428);
        as("sas.dvorak").header("If-Match", etag(path)).post(path + "/activation")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("closure", nullValue());
        as("sas.dvorak").header("If-Match", etag(path)).post(path + "/activation")
                .then().statusCode(409).body("currentState", equalTo("ACTIVE"));

        as("sas.dvorak").header("If-Match", etag(path)).body("{\"reason\": \"GOALS_MET\"}").post(path + "/closure")
                .then().statusCode(400).body("errors.field", hasItem("summary"));
        as("sas.dvorak").header("If-Match", etag(path))
                .body("{\"reason\": \"GOALS_MET\", \"summary\": \"Rodina má stabilní bydlení a děti chodí do školy.\"}")
                .post(path + "/closure")
                .then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closure.reason", equalTo("GOALS_MET")).body("closure.closedAt", notNullValue());
        as("sas.dvorak").header("If-Match", etag(path)).body("{\"name\": \"X\", \"address\": {\"municipality\": \"Brno\"}}")
                .put(path).then().statusCode(409).body("currentState", equalTo("CLOSED"));
        as("sas.dvorak").body(SampleRequests.member("Nový", "Člen")).post(path + "/members").then().statusCode(409);

        as("sas.dvorak").header("If-Match", etag(path)).body("{\"reason\": \"Rodina znovu přišla o bydlení.\"}")
                .post(path + "/reopening").then().statusCode(200).body("status", equalTo("ACTIVE")).body("closure", nullValue());
        as("sas.dvorak").header("If-Match", etag(path)).body("{\"reason\": \"again\"}").post(path + "/reopening")
                .then().statusCode(409).body("currentState", equalTo("ACTIVE"));
        as("sas.kralova").header("If-Match", etag(path)).body("{\"reason\": \"OTHER\", \"summary\": \"x\"}")
                .post(path + "/closure").then().statusCode(403);
        as("sas2.horak").header("If-Match", etag(path)).post(path + "/activation").then().statusCode(404);

        assertThat(events(id, "cz.opora.family.closed")).isEqualTo(1);
        assertThat(events(id, "cz.opora.family.reopened")).isEqualTo(1);
        Number history = (Number) em.createNativeQuery("SELECT count(*) FROM family_status_change WHERE family_id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        assertThat(history.intValue()).isEqualTo(3);
    }

    @Test
    void theTeamDecidesWhoseCaseloadAFamilyIsIn() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String mine = register("Rodina Týmová " + marker);
        String other = register("Rodina Cizí " + marker);
        String kralova = Tokens.subject("sas.kralova");
        String path = "/api/v1/families/" + mine;
        as("sas.dvorak").header("If-Match", etag(path)).body("""
                {"keyWorker": {"id": "%s", "name": "Martin Dvořák"},
                 "members": [{"worker": {"id": "%s", "name": "Eva Králová"}, "role": "FAMILY_ASSISTANT"},
                             {"worker": {"id": "%s", "name": "Eva Králová"}, "role": "PEDAGOGICAL_ASSISTANT"}]}"""
                        .formatted(Tokens.subject("sas.dvorak"), kralova, kralova))
                .put(path + "/team").then().statusCode(400).body("errors.field", hasItem("members[1].worker.id"));
        as("sas.dvorak").header("If-Match", etag(path)).body("""
                {"keyWorker": {"id": "%s", "name": "Martin Dvořák"},
                 "members": [{"worker": {"id": "%s", "name": "Eva Králová"}, "role": "FAMILY_ASSISTANT"}]}"""
                        .formatted(Tokens.subject("sas.dvorak"), kralova))
                .put(path + "/team").then().statusCode(200)
                .body("team.worker.name", contains("Eva Králová")).body("keyWorker.name", equalTo("Martin Dvořák"));

        as("sas.kralova").queryParam("q", marker).queryParam("caseload", "mine").get("/api/v1/families")
                .then().statusCode(200).body("items.id", contains(mine));
        as("sas.dvorak").queryParam("q", marker).queryParam("caseload", "mine").get("/api/v1/families")
                .then().statusCode(200).body("items.id", containsInAnyOrder(mine, other));
        as("sas.dvorak").queryParam("caseload", "yours").get("/api/v1/families")
                .then().statusCode(400).body("errors.field", hasItem("caseload"));
    }

    @Test
    void searchFiltersSortsAndPages() {
        String marker = "hledani" + UUID.randomUUID().toString().substring(0, 6);
        String a = as("sas.dvorak").body("""
                {"name": "Rodina Adámkových %s", "address": {"municipality": "Třebíč"},
                 "members": [{"firstName": "Šárka", "lastName": "Adámková", "role": "PARENT"}]}""".formatted(marker))
                .post("/api/v1/families").then().statusCode(201).extract().path("id");
        String b = register("Rodina Bártových " + marker);
        String c = register("Rodina Čechových " + marker);
        as("sas.dvorak").header("If-Match", etag("/api/v1/families/" + c)).post("/api/v1/families/" + c + "/activation")
                .then().statusCode(200);

        // Case and diacritics do not matter; member names count.
        as("sas.kralova").queryParam("q", marker.toUpperCase()).get("/api/v1/families")
                .then().statusCode(200).body("items.id", contains(c, b, a));
        as("sas.kralova").queryParam("q", "sarka adamkova").queryParam("municipality", "TREBIC").get("/api/v1/families")
                .then().statusCode(200).body("items.id", hasItem(a));
        as("sas.kralova").queryParam("q", marker).queryParam("status", "active").get("/api/v1/families")
                .then().statusCode(200).body("items.id", contains(c));
        as("sas.kralova").queryParam("q", marker).queryParam("keyWorker", Tokens.subject("sas.dvorak"))
                .get("/api/v1/families").then().body("items", hasSize(3));
        as("sas.dvorak").queryParam("q", marker).queryParam("keyWorker", "me").get("/api/v1/families")
                .then().body("items", hasSize(3));
        as("sas2.horak").queryParam("q", marker).get("/api/v1/families").then().body("items", hasSize(0));

        Response first = as("sas.kralova").queryParam("q", marker).queryParam("sort", "NAME").queryParam("limit", 2)
                .get("/api/v1/families");
        first.then().statusCode(200).body("items.id", contains(a, b)).body("next", notNullValue());
        as("sas.kralova").queryParam("q", marker).queryParam("sort", "NAME").queryParam("limit", 2)
                .queryParam("after", (String) first.path("next")).get("/api/v1/families")
                .then().statusCode(200).body("items.id", contains(c)).body("next", nullValue());

        as("sas.kralova").queryParam("status", "OPEN").get("/api/v1/families")
                .then().statusCode(400).body("errors.field", hasItem("status"));
        as("sas.kralova").queryParam("sort", "AGE").get("/api/v1/families")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        as("sas.kralova").queryParam("q", "x".repeat(201)).get("/api/v1/families")
                .then().statusCode(400).body("errors.field", hasItem("q"));
        as("sas.kralova").queryParam("q", "100%_").get("/api/v1/families").then().statusCode(200).body("items", hasSize(0));
        assertThat(List.of(a, b, c)).doesNotHaveDuplicates();
    }
}
