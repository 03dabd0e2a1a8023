package cz.opora.family.rest;

import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cz.opora.family.TestRequests.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Funder statistics move with what workers record; auditors may read any organization's. */
@QuarkusTest
class StatisticsResourceTest {

    @Test
    void figuresCountWhatWasRecordedInThePeriod() {
        String today = LocalDate.now().toString();
        Response base = as("sas.dvorak").queryParam("from", today).queryParam("to", today).get("/api/v1/statistics");
        Response created = as("sas.dvorak").body(SampleRequests.family("Rodina Statistická")).post("/api/v1/families");
        String family = created.then().statusCode(201).extract().path("id");
        as("sas.dvorak").body("""
                {"date": "%s", "durationMinutes": 90, "type": "HOME_VISIT"}""".formatted(today))
                .post("/api/v1/families/" + family + "/contacts").then().statusCode(201);
        as("sas.dvorak").body("""
                {"date": "%s", "durationMinutes": 30, "type": "PHONE"}""".formatted(today))
                .post("/api/v1/families/" + family + "/contacts").then().statusCode(201);
        Response after = as("sas.dvorak").queryParam("from", today).queryParam("to", today).get("/api/v1/statistics");
        after.then().statusCode(200);

        assertThat(after.<Integer>path("contacts") - base.<Integer>path("contacts")).isEqualTo(2);
        assertThat(after.<Integer>path("byType.HOME_VISIT.contacts") - base.<Integer>path("byType.HOME_VISIT.contacts")).isEqualTo(1);
        assertThat(after.<Float>path("contactHours") - base.<Float>path("contactHours")).isCloseTo(2.0f, within(0.001f));
        assertThat(after.<Integer>path("familiesSupported") - base.<Integer>path("familiesSupported")).isEqualTo(1);
        assertThat(after.<Integer>path("childrenSupported") - base.<Integer>path("childrenSupported")).isEqualTo(1);
        assertThat(after.<Integer>path("newCases") - base.<Integer>path("newCases")).isEqualTo(1);
    }

    @Test
    void accessAndParametersAreChecked() {
        as("auditor.kraj").queryParam("organization", "sas-jih").get("/api/v1/statistics").then().statusCode(200)
                .body("organization", equalTo("sas-jih"));
        as("auditor.kraj").get("/api/v1/statistics").then().statusCode(400).body("errors.field", hasItem("organization"));
        as("sas.dvorak").queryParam("organization", "sas-sever").get("/api/v1/statistics").then().statusCode(403);
        cz.opora.testing.ReportScopes.check(cz.opora.family.TestRequests::as, "/api/v1/statistics", "admin.sas", "sas-jih",
                "sas-sever");
        as("admin.sas").get("/api/v1/statistics").then().statusCode(200).body("organization", equalTo("sas-jih"));
        as("sas.kralova").get("/api/v1/statistics").then().statusCode(403);
        as("sas.dvorak").queryParam("from", "2026-13-01").get("/api/v1/statistics").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        as("sas.dvorak").queryParam("from", "2026-05-01").queryParam("to", "2026-04-01").get("/api/v1/statistics")
                .then().statusCode(400).body("errors.field", hasItem("to"));
    }
}
