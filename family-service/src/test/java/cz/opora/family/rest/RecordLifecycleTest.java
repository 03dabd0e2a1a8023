package cz.opora.family.rest;

import cz.opora.family.service.RecordLifecycleService;
import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static cz.opora.family.TestRequests.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The end of a record: access log, erasure, anonymisation after retention. */
@QuarkusTest
class RecordLifecycleTest {
    @Inject
    EntityManager em;
    @Inject
    RecordLifecycleService lifecycle;


    long count(String sql, String familyId) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, familyId).getSingleResult()).longValue());
    }

    @Test
    void theAccessLogShowsWhoReadTheFileToAdminsAndAuditors() {
        String id = as("sas.dvorak").body(SampleRequests.family("Rodina Sledovaná")).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        as("sas.kralova").get("/api/v1/families/" + id).then().statusCode(200);
        String log = "/api/v1/families/" + id + "/access-log";
        as("admin.sas").get(log).then().statusCode(200)
                .body("items.action", hasItem("family.read")).body("items.actor", hasItem("sas.kralova"))
                .body("items.endpoint", hasItem("GET /api/v1/families/{id}"));
        as("auditor.kraj").get(log).then().statusCode(200).body("items.action", hasItem("family.register"));
        as("sas.dvorak").get(log).then().statusCode(403);
        as("auditor.kraj").get("/api/v1/families/" + UUID.randomUUID() + "/access-log").then().statusCode(404);
    }

    @Test
    void erasureNeedsAClosedFileAndASecondPersonRemovesEverythingButTheFactAndKeepsTheFigures() {
        String word = "vymaz" + UUID.randomUUID().toString().substring(0, 8);
        Response created = as("sas.dvorak").body(SampleRequests.family("Rodina Vymazaná " + word)).post("/api/v1/families");
        String id = created.then().statusCode(201).extract().path("id");
        assertThat(count("SELECT count(*) FROM family_name_word WHERE owning_organization = 'sas-jih' AND word = ?1", word))
                .as("the name's word in the search's words").isEqualTo(1);
        as("sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "TUTORING", "formReference": "T-1"}""".formatted((String) created.path("members[0].id")))
                .post("/api/v1/families/" + id + "/consents").then().statusCode(201);
        LocalDate day = LocalDate.now().minusDays(40 + (long) (Math.random() * 300));
        as("sas.dvorak").body("""
                {"date": "%s", "durationMinutes": 90, "type": "HOME_VISIT", "summary": "Návštěva."}""".formatted(day))
                .post("/api/v1/families/" + id + "/contacts").then().statusCode(201);
        String period = "/api/v1/statistics?from=" + day + "&to=" + day;
        String before = as("admin.sas").get(period).then().statusCode(200).extract().asString();
        assertThat(before).contains("\"HOME_VISIT\"");
        String request = "/api/v1/families/" + id + "/erasure-request";
        String ground = "{\"ground\": \"DATA_SUBJECT_REQUEST\", \"reason\": \"Žádost rodiny, GDPR čl. 17\"}";

        as("sas.dvorak").header("If-Match", etag(id)).body(ground).post(request).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("not-closed")).body("currentState", equalTo("INTAKE"));
        as("sas.dvorak").header("If-Match", etag(id)).body("{\"reason\": \"GOALS_MET\", \"summary\": \"Hotovo.\"}")
                .post("/api/v1/families/" + id + "/closure").then().statusCode(200);
        as("sas.dvorak").body(ground).post(request).then().statusCode(428);
        as("sas.dvorak").header("If-Match", etag(id)).body("{}").post(request).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("ground", "reason"));
        as("admin.sas").header("If-Match", etag(id)).post("/api/v1/families/" + id + "/erasure").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("no-erasure-request"));
        as("sas.dvorak").header("If-Match", etag(id)).body(ground).post(request).then().statusCode(201)
                .body("requestedBy", equalTo("sas.dvorak")).body("ground", equalTo("DATA_SUBJECT_REQUEST"));
        as("sas.dvorak").header("If-Match", etag(id)).body(ground).post(request).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("erasure-requested"));
        as("sas.dvorak").header("If-Match", etag(id)).post("/api/v1/families/" + id + "/erasure").then().statusCode(403);
        as("admin.sas").post("/api/v1/families/" + id + "/erasure").then().statusCode(428);

        String entry = "/api/v1/erasures";
        String erasureId = as("admin.sas").header("If-Match", etag(id)).post("/api/v1/families/" + id + "/erasure")
                .then().statusCode(200).body("familyId", equalTo(id)).body("requestedBy", equalTo("sas.dvorak"))
                .body("approvedBy", equalTo("admin.sas")).body("organization", equalTo("sas-jih"))
                .extract().path("id");

        as("sas.dvorak").get("/api/v1/families/" + id).then().statusCode(404);
        assertThat(count("SELECT count(*) FROM consent WHERE family_id = cast(?1 as uuid)", id)).isZero();
        assertThat(count("SELECT count(*) FROM contact WHERE family_id = cast(?1 as uuid)", id)).isZero();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE message_key = ?1 AND event_type <> 'cz.opora.family.erased'", id)).isZero();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE message_key = ?1 AND event_type = 'cz.opora.family.erased'", id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE cast(?1 as uuid) = ANY(resource_ids)", id))
                .as("only that the erasure happened").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM family_name_word WHERE word = ?1", word)).as("the erased name's word").isZero();
        assertThat(count("SELECT count(*) FROM family_name_word WHERE owning_organization = 'sas-jih' AND word = ?1", "rodina"))
                .as("a word other families have").isEqualTo(1);
        assertThat(as("admin.sas").get(period).then().statusCode(200).extract().asString())
                .as("the funders' figures of the period do not change").isEqualTo(before);
        as("admin.sas").get(entry).then().statusCode(200).body("items.find { it.id == '" + erasureId + "' }.ground",
                equalTo("DATA_SUBJECT_REQUEST"));
        String register = as("auditor.kraj").queryParam("organization", "sas-jih").queryParam("limit", 100).get(entry)
                .then().statusCode(200).extract().asString();
        assertThat(register).contains(erasureId).doesNotContain("Vymazaná").doesNotContain("GDPR čl. 17");
        as("admin.sever").get(entry).then().statusCode(200).body("items.id", not(hasItem(erasureId)));
    }

    @Test
    void theRequesterCannotApproveTheirOwnErasure() {
        String id = as("sas.dvorak").body(SampleRequests.family("Rodina Sama Sobě")).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        as("sas.dvorak").header("If-Match", etag(id)).body("{\"reason\": \"GOALS_MET\", \"summary\": \"Hotovo.\"}")
                .post("/api/v1/families/" + id + "/closure").then().statusCode(200);
        as("admin.sas").header("If-Match", etag(id)).body("{\"ground\": \"NO_LONGER_NECESSARY\", \"reason\": \"Uplynula lhůta.\"}")
                .post("/api/v1/families/" + id + "/erasure-request").then().statusCode(201);
        as("admin.sas").header("If-Match", etag(id)).post("/api/v1/families/" + id + "/erasure").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("second-person-required"));
        as("sas.dvorak").get("/api/v1/families/" + id).then().statusCode(200);
        as("sas.dvorak").delete("/api/v1/families/" + id + "/erasure-request").then().statusCode(409);
        as("admin.sas").delete("/api/v1/families/" + id + "/erasure-request").then().statusCode(204);
        as("admin.sas").get("/api/v1/families/" + id + "/erasure-request").then().statusCode(404);
    }

    private static String etag(String familyId) {
        return as("sas.dvorak").get("/api/v1/families/" + familyId).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void closedFamiliesPastRetentionAreAnonymisedKeepingFigures() {
        String word = "archiv" + UUID.randomUUID().toString().substring(0, 8);
        Response created = as("sas.dvorak").body(SampleRequests.family("Rodina Archivovaná " + word)).post("/api/v1/families");
        String id = created.then().statusCode(201).extract().path("id");
        as("sas.dvorak").body("""
                {"date": "%s", "durationMinutes": 60, "type": "OFFICE", "summary": "Osobní údaje v zápisu."}"""
                .formatted(LocalDate.now())).post("/api/v1/families/" + id + "/contacts").then().statusCode(201);
        as("sas.dvorak").header("If-Match", "\"0\"").body("{\"reason\": \"GOALS_MET\", \"summary\": \"Vše splněno, Jana pracuje.\"}")
                .post("/api/v1/families/" + id + "/closure").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE family SET closed_at = now() - interval '30 years' WHERE id = cast(?1 as uuid)").setParameter(1, id).executeUpdate());

        assertThat(lifecycle.anonymiseDue(1000)).isGreaterThanOrEqualTo(1);
        as("sas.dvorak").get("/api/v1/families/" + id).then().statusCode(200)
                .body("name", equalTo("Anonymised family")).body("closure.summary", equalTo(null))
                .body("members.firstName", everyItem(equalTo("-")))
                .body("members.birthDate", hasItem("2015-01-01"))
                .body("members.role", hasItem("CHILD"));
        as("sas.dvorak").get("/api/v1/families/" + id + "/contacts").then()
                .body("items", hasSize(1)).body("items[0].durationMinutes", equalTo(60)).body("items[0].summary", equalTo(null));
        as("sas.dvorak").queryParam("q", "archivovana").get("/api/v1/families").then().body("items.id", not(hasItem(id)));
        assertThat(count("SELECT count(*) FROM family_name_token WHERE family_id = cast(?1 as uuid)", id)).isZero();
        assertThat(count("SELECT count(*) FROM family_name_word WHERE word = ?1", word)).as("the anonymised name's word").isZero();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE message_key = ?1 AND event_type = 'cz.opora.family.anonymised'", id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE message_key = ?1 AND event_type <> 'cz.opora.family.anonymised'", id)).isZero();
        lifecycle.anonymiseDue(1000);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE message_key = ?1 AND event_type = 'cz.opora.family.anonymised'", id))
                .as("once").isEqualTo(1);
    }
}
