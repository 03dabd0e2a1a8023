package cz.opora.community.rest;

import cz.opora.community.CommunityFixture;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cz.opora.community.CommunityFixture.COMMUNITY;
import static cz.opora.community.CommunityFixture.MEDIATOR;
import static cz.opora.community.CommunityFixture.NZDM;
import static cz.opora.community.CommunityFixture.OTHER;
import static cz.opora.community.CommunityFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Another organization's org-admin (SAS Jih) gets 404 for every record of NZDM Kotva that takes an id, and lists none. */
@QuarkusTest
class CrossOrganizationTest {

    @Test
    void anotherOrganizationGets404OnEveryEndpointThatTakesAnId() {
        String client = CommunityFixture.client(NZDM, "AGE_15_17");
        String programme = as(COMMUNITY).body("""
                {"kind": "INTERCULTURAL", "name": "Sousedé", "placeKind": "SCHOOL", "municipality": "Brno"}""")
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        String mediation = as(MEDIATOR).body("""
                {"type": "FAMILY", "mode": "PEER", "openedOn": "%s", "parties": [{"label": "a", "role": "x"}, {"label": "b", "role": "y"}]}"""
                .formatted(LocalDate.now())).post("/api/v1/mediation-cases").then().statusCode(201).extract().path("id");
        String today = LocalDate.now().toString();

        List.of("/api/v1/anonymous-clients/" + client, "/api/v1/anonymous-clients/" + client + "/contacts",
                        "/api/v1/anonymous-clients/" + client + "/family-link", "/api/v1/programmes/" + programme,
                        "/api/v1/programmes/" + programme + "/sessions", "/api/v1/mediation-cases/" + mediation,
                        "/api/v1/mediation-cases/" + mediation + "/sessions")
                .forEach(path -> assertThat(as(OTHER).get(path).statusCode()).as("GET " + path).isEqualTo(404));
        Map.of("/api/v1/anonymous-clients/" + client + "/contacts",
                        "{\"place\": \"CLUB\", \"date\": \"" + today + "\", \"durationMinutes\": 10, \"interventions\": [{\"type\": \"CONTACT_WORK\", \"minutes\": 10}]}",
                        "/api/v1/programmes/" + programme + "/sessions",
                        "{\"date\": \"" + today + "\", \"topic\": \"x\", \"attendance\": {\"AGE_6_10\": 1}}",
                        "/api/v1/mediation-cases/" + mediation + "/sessions", "{\"date\": \"" + today + "\", \"durationMinutes\": 10}")
                .forEach((path, body) -> assertThat(as(OTHER).body(body).post(path).statusCode()).as("POST " + path).isEqualTo(404));
        Map.of("/api/v1/anonymous-clients/" + client, "{\"code\": \"x\", \"ageBand\": \"AGE_6_10\", \"gender\": \"MALE\"}",
                        "/api/v1/anonymous-clients/" + client + "/family-link",
                        "{\"familyId\": \"" + java.util.UUID.randomUUID() + "\", \"memberId\": \"" + java.util.UUID.randomUUID()
                                + "\", \"agreedOn\": \"" + today + "\"}",
                        "/api/v1/programmes/" + programme,
                        "{\"kind\": \"OTHER\", \"name\": \"x\", \"placeKind\": \"OTHER\", \"municipality\": \"x\"}",
                        "/api/v1/mediation-cases/" + mediation + "/outcome", "{\"outcome\": \"WITHDRAWN\", \"closedOn\": \"" + today + "\"}")
                .forEach((path, body) -> assertThat(as(OTHER).header("If-Match", "\"0\"").body(body).put(path).statusCode())
                        .as("PUT " + path).isEqualTo(404));
        as(OTHER).get("/api/v1/anonymous-clients?limit=100").then().statusCode(200).body("items.id", not(hasItem(client)));
        as(OTHER).get("/api/v1/programmes?limit=100").then().statusCode(200).body("items.id", not(hasItem(programme)));
        as(OTHER).get("/api/v1/mediation-cases?limit=100").then().statusCode(200).body("items.id", not(hasItem(mediation)));
    }
}
