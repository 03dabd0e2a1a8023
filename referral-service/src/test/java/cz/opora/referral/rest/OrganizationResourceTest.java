package cz.opora.referral.rest;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.events.EventJson;
import cz.opora.events.EventValidator;
import cz.opora.referral.service.DirectoryService;
import cz.opora.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The directory of organizations against the real stack. */
@QuarkusTest
class OrganizationResourceTest {
    @Inject
    EntityManager em;
    @Inject
    DirectoryService directory;

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    static String entry(String name, String type, String municipality, String service, boolean accepting) {
        return """
                {"name": "%s", "type": "%s", "municipalities": ["%s", "Šlapanice"], "region": "Jihomoravský kraj",
                 "services": ["%s"], "acceptingNewClients": %s, "email": "info@example.cz", "phone": "+420 543 210 987"}"""
                .formatted(name, type, municipality, service, accepting);
    }

    @Test
    void anOrgAdminMaintainsItsOwnEntry() {
        String own = "/api/v1/organizations/sas-jih";
        Response first = as("admin.sas").body(entry("SAS Jih, z.s.", "SAS", "Brno", "Sociálně aktivizační služby", true)).put(own);
        String tag;
        if (first.statusCode() == 201) {
            tag = first.header("ETag");
        } else {
            // Created by an earlier run: replace it with the current version.
            tag = as("admin.sas").get(own).header("ETag");
            as("admin.sas").header("If-Match", tag).body(entry("SAS Jih, z.s.", "SAS", "Brno", "Sociálně aktivizační služby", true))
                    .put(own).then().statusCode(200);
            tag = as("admin.sas").get(own).header("ETag");
        }
        as("admin.sas").body(entry("SAS Jih", "SAS", "Brno", "x", true)).put(own).then().statusCode(428);
        as("admin.sas").header("If-Match", "\"999\"").body(entry("SAS Jih", "SAS", "Brno", "x", true)).put(own).then().statusCode(412);
        as("admin.sas").header("If-Match", tag).body(entry("SAS Jih", "OSPOD", "Brno", "x", true)).put(own)
                .then().statusCode(400).body("errors.field", hasItem("type"));
        as("sas.dvorak").get(own).then().statusCode(200).body("name", equalTo("SAS Jih, z.s.")).body("usesOpora", equalTo(true))
                .body("municipalities", contains("Brno", "Šlapanice"));
        as("admin.sas").body(entry("SAS Sever", "SAS", "Ostrava", "x", true)).put("/api/v1/organizations/sas-sever")
                .then().statusCode(403);
        as("sas.dvorak").body(entry("SAS Jih", "SAS", "Brno", "x", true)).put(own).then().statusCode(403);
        given().get(own).then().statusCode(401);
        as("tutor.benes").get("/api/v1/organizations/no-such-organization").then().statusCode(404);
    }

    @Test
    void everySavedEntryIsPublishedForTheOtherServices() throws Exception {
        String id = as("admin.sas").body(entry("Poradna " + UUID.randomUUID().toString().substring(0, 6), "COUNSELLING",
                "Brno", "Poradenství", true)).post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        as("admin.sas").header("If-Match", "\"0\"").body(entry("Poradna Nová", "COUNSELLING", "Brno", "Poradenství", false))
                .put("/api/v1/organizations/" + id).then().statusCode(200).header("ETag", "\"1\"");

        List<JsonNode> published = entrySaved(id);
        assertThat(published).hasSize(2);
        for (JsonNode event : published) {
            assertThat(EventValidator.problems(event)).isEmpty();
            assertThat(event.get("subject").asText()).isEqualTo(id);
        }
        assertThat(published.get(1).get("data").get("name").asText()).isEqualTo("Poradna Nová");
        assertThat(published).extracting(e -> e.get("data").get("version").asLong()).containsExactly(0L, 1L);
        assertThat(published.get(1).get("data").get("type").asText()).isEqualTo("COUNSELLING");

        // Every entry is published once more on start (an entry saved before this event existed reaches the others).
        QuarkusTransaction.requiringNew().run(() -> directory.republishAll());
        assertThat(entrySaved(id)).hasSize(3).last().satisfies(e -> assertThat(e.get("data").get("version").asLong()).isEqualTo(1));
    }

    @SuppressWarnings("unchecked")
    List<JsonNode> entrySaved(String id) throws Exception {
        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT payload FROM outbox_event WHERE message_key = ?1 AND event_type = ?2 ORDER BY seq")
                .setParameter(1, id).setParameter(2, "cz.opora.directory.entry-saved").getResultList());
        List<JsonNode> events = new java.util.ArrayList<>();
        for (String payload : payloads) {
            events.add(EventJson.MAPPER.readTree(payload));
        }
        return events;
    }

    @Test
    void organizationsOutsideOporaAreEnteredAndFound() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Response school = as("admin.sas").body(entry("ZŠ Merhautova " + marker, "SCHOOL", "Brno", "Základní vzdělávání", true))
                .post("/api/v1/organizations");
        school.then().statusCode(201).body("id", notNullValue()).body("usesOpora", equalTo(false))
                .body("managedBy", equalTo("sas-jih"));
        String id = school.path("id");
        as("admin.sas").body(entry("Dluhová poradna " + marker, "DEBT_COUNSELLING", "Šlapanice", "Dluhové poradenství", false))
                .post("/api/v1/organizations").then().statusCode(201);

        as("nzdm.svoboda").queryParam("q", marker).queryParam("municipality", "slapanice").get("/api/v1/organizations")
                .then().statusCode(200).body("items.name", contains("Dluhová poradna " + marker, "ZŠ Merhautova " + marker));
        as("nzdm.svoboda").queryParam("q", marker).queryParam("type", "school").get("/api/v1/organizations")
                .then().body("items.id", contains(id));
        as("nzdm.svoboda").queryParam("q", marker).queryParam("service", "DLUHOVE poradenstvi").get("/api/v1/organizations")
                .then().body("items.type", contains("DEBT_COUNSELLING"));
        as("nzdm.svoboda").queryParam("q", marker).queryParam("accepting", "true").get("/api/v1/organizations")
                .then().body("items.acceptingNewClients", everyItem(equalTo(true)));
        Response page = as("nzdm.svoboda").queryParam("q", marker).queryParam("limit", 1).get("/api/v1/organizations");
        // The cursor names the last entry shown by its id, nothing else; the name is re-read to continue.
        assertThat(new String(Base64.getUrlDecoder().decode((String) page.path("next")), StandardCharsets.UTF_8))
                .isEqualTo((String) page.path("items[0].id"));
        as("nzdm.svoboda").queryParam("q", marker).queryParam("limit", 1).queryParam("after", (String) page.path("next"))
                .get("/api/v1/organizations").then().body("items.id", contains(id));
        as("nzdm.svoboda").queryParam("type", "CHURCH").get("/api/v1/organizations").then().statusCode(400)
                .body("errors.field", hasItem("type"));
        as("nzdm.svoboda").queryParam("accepting", "maybe").get("/api/v1/organizations").then().statusCode(400);

        as("admin.sas").header("If-Match", "\"0\"").body(entry("ZŠ Merhautova " + marker, "SCHOOL", "Brno", "Základní vzdělávání", false))
                .put("/api/v1/organizations/" + id).then().statusCode(200).body("acceptingNewClients", equalTo(false));
        as("admin.sas").body("{\"name\": \"\", \"type\": \"SCHOOL\", \"municipalities\": [], \"services\": []}")
                .post("/api/v1/organizations").then().statusCode(400).body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("acceptingNewClients"));
    }
}
