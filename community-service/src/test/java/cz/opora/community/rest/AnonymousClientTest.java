package cz.opora.community.rest;

import cz.opora.community.CommunityFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static cz.opora.community.CommunityFixture.NZDM;
import static cz.opora.community.CommunityFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** An anonymous client of NZDM Kotva: a code unique in the organization, contacts with interventions, retries. */
@QuarkusTest
class AnonymousClientTest {

    @Test
    void aClientIsACodeAnAgeBandAndAGenderUniqueInTheOrganizationWhateverTheCase() {
        String code = "Vlk-" + UUID.randomUUID().toString().substring(0, 6);
        Response created = as(NZDM).body("{\"code\": \" " + code + " \", \"ageBand\": \"AGE_15_17\", \"gender\": \"MALE\"}")
                .post("/api/v1/anonymous-clients");
        created.then().statusCode(201).header("ETag", "\"0\"").body("code", equalTo(code))
                .body("linkedToFamily", equalTo(false)).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("name")));
        String id = created.path("id");
        as(NZDM).body("{\"code\": \"" + code.toUpperCase() + "\", \"ageBand\": \"AGE_11_14\", \"gender\": \"FEMALE\"}")
                .post("/api/v1/anonymous-clients").then().statusCode(409);
        // Another organization may use the same code for its own client.
        as("admin.sas").body("{\"code\": \"" + code + "\", \"ageBand\": \"AGE_11_14\", \"gender\": \"FEMALE\"}")
                .post("/api/v1/anonymous-clients").then().statusCode(201);
        as(NZDM).body("{\"code\": \"\", \"ageBand\": \"TEEN\", \"gender\": null}").post("/api/v1/anonymous-clients")
                .then().statusCode(400).body("errors.field", hasItems("code", "ageBand", "gender"));

        String body = "{\"code\": \"" + code + "\", \"ageBand\": \"AGE_18_26\", \"gender\": \"MALE\"}";
        as(NZDM).body(body).put("/api/v1/anonymous-clients/" + id).then().statusCode(428);
        as(NZDM).header("If-Match", "\"5\"").body(body).put("/api/v1/anonymous-clients/" + id).then().statusCode(412);
        as(NZDM).header("If-Match", "\"0\"").body(body).put("/api/v1/anonymous-clients/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("ageBand", equalTo("AGE_18_26"));
        as(NZDM).get("/api/v1/anonymous-clients?limit=100").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void aContactCarriesItsInterventionsAndEveryWrongFieldIsNamed() {
        String client = CommunityFixture.client(NZDM, "AGE_11_14");
        String url = "/api/v1/anonymous-clients/" + client + "/contacts";
        String day = LocalDate.now().minusDays(1).toString();
        as(NZDM).body("""
                {"place": "FIELD", "date": "%s", "durationMinutes": 45,
                 "interventions": [{"type": "CONTACT_WORK", "minutes": 15}, {"type": "COUNSELLING", "minutes": 30}]}"""
                .formatted(day)).post(url).then().statusCode(201)
                .body("place", equalTo("FIELD")).body("interventions.type", contains("CONTACT_WORK", "COUNSELLING"))
                .body("worker", org.hamcrest.Matchers.notNullValue());
        as(NZDM).body("""
                {"place": "CLUB", "date": "%s", "durationMinutes": 30,
                 "interventions": [{"type": "CRISIS_HELP", "minutes": 20}, {"type": "CRISIS_HELP", "minutes": 20}]}"""
                .formatted(day)).post(url).then().statusCode(400)
                .body("errors.field", hasItems("interventions", "interventions[1].type"));
        as(NZDM).body("""
                {"place": "PUB", "date": "%s", "durationMinutes": 0, "interventions": []}"""
                .formatted(LocalDate.now(java.time.ZoneId.of("Europe/Prague")).plusDays(1))).post(url).then().statusCode(400)
                .body("errors.field", hasItems("place", "date", "durationMinutes", "interventions"));
        as(NZDM).body("""
                {"place": "ONLINE", "date": "%s", "durationMinutes": 20, "interventions": [{"type": "COUNSELLING", "minutes": 20}]}"""
                .formatted(LocalDate.now().minusYears(1))).post(url).then().statusCode(400).body("errors.field", contains("date"));
        as(NZDM).get(url).then().statusCode(200).body("items", hasSize(1)).body("next", nullValue());
    }

    @Test
    void aFieldWorkerRetryingWithTheSameKeyRecordsOneContact() {
        String client = CommunityFixture.client(NZDM, "AGE_15_17");
        String url = "/api/v1/anonymous-clients/" + client + "/contacts";
        String key = UUID.randomUUID().toString();
        String body = """
                {"place": "FIELD", "date": "%s", "durationMinutes": 30, "interventions": [{"type": "CONTACT_WORK", "minutes": 30}]}"""
                .formatted(LocalDate.now());
        String first = as(NZDM).header("Idempotency-Key", key).body(body).post(url).then().statusCode(201).extract().path("id");
        String again = as(NZDM).header("Idempotency-Key", key).body(body).post(url).then().statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);
        as(NZDM).get(url).then().statusCode(200).body("items", hasSize(1));
        as(NZDM).header("Idempotency-Key", key).body(body.replace("30", "25")).post(url).then().statusCode(422);
        // Without a key every request records a contact.
        as(NZDM).body(body).post(url).then().statusCode(201);
        as(NZDM).get(url).then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void contactsPageNewestFirst() {
        String client = CommunityFixture.client(NZDM, "AGE_6_10");
        String url = "/api/v1/anonymous-clients/" + client + "/contacts";
        for (int i = 1; i <= 3; i++) {
            as(NZDM).body("""
                    {"place": "CLUB", "date": "%s", "durationMinutes": 60, "interventions": [{"type": "LEISURE_PREVENTIVE", "minutes": 60}]}"""
                    .formatted(LocalDate.now().minusDays(i))).post(url).then().statusCode(201);
        }
        Response page = as(NZDM).queryParam("limit", 2).get(url);
        page.then().statusCode(200).body("items.date", contains(LocalDate.now().minusDays(1).toString(),
                LocalDate.now().minusDays(2).toString()));
        as(NZDM).queryParam("limit", 2).queryParam("after", page.<String>path("next")).get(url).then().statusCode(200)
                .body("items.date", contains(LocalDate.now().minusDays(3).toString())).body("next", nullValue());
    }
}
