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
    void erasureRemovesEverythingButTheFactAndIsPublished() {
        Response created = as("sas.dvorak").body(SampleRequests.family("Rodina Vymazaná")).post("/api/v1/families");
        String id = created.then().statusCode(201).extract().path("id");
        as("sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "TUTORING", "formReference": "T-1"}""".formatted((String) created.path("members[0].id")))
                .post("/api/v1/families/" + id + "/consents").then().statusCode(201);
        String erasure = "/api/v1/families/" + id + "/erasure";
        as("sas.dvorak").header("If-Match", "\"0\"").body("{\"reason\": \"GDPR čl. 17\"}").post(erasure).then().statusCode(403);
        as("admin.sas").body("{\"reason\": \"GDPR čl. 17\"}").post(erasure).then().statusCode(428);
        as("admin.sas").header("If-Match", "\"0\"").body("{}").post(erasure).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as("admin.sas").header("If-Match", "\"0\"").body("{\"reason\": \"GDPR čl. 17\"}").post(erasure).then().statusCode(204);

        as("sas.dvorak").get("/api/v1/families/" + id).then().statusCode(404);
        assertThat(count("SELECT count(*) FROM consent WHERE family_id = cast(?1 as uuid)", id)).isZero();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE message_key = ?1 AND event_type <> 'cz.opora.family.erased'", id)).isZero();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE message_key = ?1 AND event_type = 'cz.opora.family.erased'", id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE cast(?1 as uuid) = ANY(resource_ids)", id))
                .as("only that the erasure happened (and the failed attempts' nothing)").isEqualTo(1);
    }

    @Test
    void closedFamiliesPastRetentionAreAnonymisedKeepingFigures() {
        Response created = as("sas.dvorak").body(SampleRequests.family("Rodina Archivovaná")).post("/api/v1/families");
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
        assertThat(count("SELECT count(*) FROM outbox_event WHERE message_key = ?1 AND event_type = 'cz.opora.family.anonymised'", id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE message_key = ?1 AND event_type <> 'cz.opora.family.anonymised'", id)).isZero();
        lifecycle.anonymiseDue(1000);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE message_key = ?1 AND event_type = 'cz.opora.family.anonymised'", id))
                .as("once").isEqualTo(1);
    }
}
