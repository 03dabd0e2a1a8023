package cz.opora.family.rest;

import cz.opora.testing.SampleRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static cz.opora.family.TestRequests.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** Lost-update protection cannot be skipped: only the strong ETag of the current version passes If-Match. */
@QuarkusTest
class StrictIfMatchTest {

    @Test
    void ifMatchMustBeTheStrongCurrentETag() {
        Response created = as("sas.dvorak").body(SampleRequests.family("Rodina Opatrná")).post("/api/v1/families");
        String family = "/api/v1/families/" + created.then().statusCode(201).extract().path("id");
        String consent = family + "/consents/" + as("sas.dvorak").body("""
                        {"givenBy": "%s", "purpose": "TUTORING", "formReference": "T-7"}""".formatted((String) created.path("members[0].id")))
                .post(family + "/consents").then().statusCode(201).extract().path("id");
        String change = "{\"name\": \"Rodina Přepsaná\", \"address\": {\"municipality\": \"Brno\"}}";

        for (String notStrong : new String[] {"*", "W/\"0\""}) {
            as("sas.dvorak").header("If-Match", notStrong).body(change).put(family)
                    .then().statusCode(412).contentType("application/problem+json")
                    .body("type", endsWith("/strong-etag-required"));
            // Consent withdrawal requires If-Match too.
            as("sas.dvorak").header("If-Match", notStrong).body("{}").post(consent + "/withdrawal")
                    .then().statusCode(412).body("type", endsWith("/strong-etag-required"));
        }
        as("sas.dvorak").get(family).then().body("name", equalTo("Rodina Opatrná"));
        as("sas.dvorak").get(consent).then().body("status", equalTo("VALID"));
        as("sas.dvorak").header("If-Match", "\"0\"").body(change).put(family).then().statusCode(200);
        as("sas.dvorak").header("If-Match", "\"0\"").body("{}").post(consent + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }
}
