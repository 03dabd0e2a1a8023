package cz.opora.family.rest;

import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cz.opora.family.TestRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * The organization's staff as the real Keycloak knows them (its Admin REST API, read by a view-users service
 * account), and the team that takes only their ids, with the names from Keycloak.
 */
@QuarkusTest
class StaffResourceTest {

    private static String etag(String path) {
        return as("sas.dvorak").get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void theStaffListIsTheCallersOrganizationAsKeycloakKnowsIt() {
        List<Map<String, Object>> staff = as("sas.kralova").get("/api/v1/staff?limit=100").then().statusCode(200)
                .body("next", equalTo(null)).extract().path("items");
        assertThat(staff).extracting(s -> s.get("id")).contains(Tokens.subject("sas.dvorak"), Tokens.subject("sas.kralova"),
                Tokens.subject("admin.sas")).doesNotContain(Tokens.subject("sas2.horak"), Tokens.subject("ospod.novakova"));
        assertThat(staff).filteredOn(s -> s.get("id").equals(Tokens.subject("sas.dvorak"))).singleElement()
                .satisfies(s -> {
                    assertThat(s.get("name")).isEqualTo("Martin Dvořák");
                    assertThat(s.get("roles")).isEqualTo(List.of("case-manager"));
                });
        assertThat(staff).extracting(s -> (String) s.get("name")).isSorted().noneMatch(n -> n.startsWith("service-account"));
        as("sas2.horak").get("/api/v1/staff").then().statusCode(200)
                .body("items.id", hasItem(Tokens.subject("sas2.horak")))
                .body("items.id", org.hamcrest.Matchers.not(hasItem(Tokens.subject("sas.dvorak"))));
        as("tutor.benes").get("/api/v1/staff").then().statusCode(403);
    }

    @Test
    void theListIsPagedByNameWithACursorThatCarriesNoName() {
        List<Object> all = as("sas.dvorak").get("/api/v1/staff?limit=100").then().extract().path("items.id");
        List<Object> paged = new ArrayList<>();
        String after = null;
        do {
            var page = as("sas.dvorak").queryParam("limit", 1).queryParam("after", after == null ? "" : after)
                    .get("/api/v1/staff").then().statusCode(200).extract();
            paged.addAll(page.path("items.id"));
            after = page.path("next");
            if (after != null) {
                assertThat(new String(Base64.getUrlDecoder().decode(after))).doesNotContain("Dvořák", "Králová", "Správcová");
            }
        } while (after != null);
        assertThat(paged).isEqualTo(all).hasSizeGreaterThan(1);
    }

    @Test
    void theTeamTakesIdsOnlyAndTheNamesComeFromKeycloak() {
        String family = as("sas.dvorak").body(SampleRequests.family("Rodina Se Jmény Z Keycloaku")).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        String path = "/api/v1/families/" + family;
        as("sas.dvorak").header("If-Match", etag(path)).body("""
                {"keyWorker": {"id": "%s", "name": "Podvržené Jméno"},
                 "members": [{"worker": {"id": "%s"}, "role": "FAMILY_ASSISTANT"}]}"""
                        .formatted(Tokens.subject("sas.dvorak"), Tokens.subject("sas.kralova")))
                .put(path + "/team").then().statusCode(200)
                .body("keyWorker.name", equalTo("Martin Dvořák")).body("team.worker.name", contains("Eva Králová"));
    }

    @Test
    void anIdOutsideTheOrganizationIsA400NamingTheFieldAndChangesNothing() {
        String family = as("sas.dvorak").body(SampleRequests.family("Rodina Cizího Týmu")).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        String path = "/api/v1/families/" + family;
        as("sas.dvorak").header("If-Match", etag(path)).body("""
                {"keyWorker": {"id": "%s", "name": "Petr Horák"},
                 "members": [{"worker": {"id": "%s", "name": "Nikdo"}, "role": "OTHER"}]}"""
                        .formatted(Tokens.subject("sas2.horak"), UUID.randomUUID()))
                .put(path + "/team").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("keyWorker.id", "members[0].worker.id"));
        as("sas.dvorak").get(path).then().statusCode(200)
                .body("keyWorker.id", equalTo(Tokens.subject("sas.dvorak"))).body("team", org.hamcrest.Matchers.empty());
    }
}
