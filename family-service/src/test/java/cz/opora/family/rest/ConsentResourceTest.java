package cz.opora.family.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.EventJson;
import cz.opora.events.EventValidator;
import cz.opora.family.Directory;
import cz.opora.family.service.ConsentService;
import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static cz.opora.family.TestRequests.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The consent ledger against the real stack: who may consent, to what, withdrawal, expiry, events. */
@QuarkusTest
class ConsentResourceTest {
    @Inject
    EntityManager em;
    @Inject
    ConsentService consentService;

    String family;
    String mother;
    String child;


    @BeforeEach
    void aFamily() {
        Directory.ospodMesto();
        Response created = as("sas.dvorak").body(SampleRequests.family("Rodina Souhlasná")).post("/api/v1/families");
        family = created.then().statusCode(201).extract().path("id");
        mother = created.path("members[0].id");
        child = created.path("members[1].id");
    }

    String consents() {
        return "/api/v1/families/" + family + "/consents";
    }

    String sharingWithOspod(String givenBy) {
        return """
                {"givenBy": "%s", "purpose": "SHARING", "recipientOrganization": "ospod-mesto",
                 "scopes": ["SCHOOL"], "validUntil": "2099-12-31", "formReference": "SAS-JIH/2026/0412"}""".formatted(givenBy);
    }

    List<String> emitted(String type) {
        @SuppressWarnings("unchecked")
        List<String> payloads = em.createNativeQuery("SELECT payload FROM outbox_event WHERE message_key = ?1 AND event_type = ?2")
                .setParameter(1, family).setParameter(2, type).getResultList();
        return payloads;
    }

    @Test
    void anAdultMemberConsentsToSharingWithOspod() throws Exception {
        Response granted = as("sas.kralova").body(sharingWithOspod(mother)).post(consents());
        granted.then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("VALID"))
                .body("scopes", containsInAnyOrder("BASIC", "SCHOOL"))
                .body("recipientOrganization", equalTo("ospod-mesto"));
        as("sas.dvorak").get(consents() + "/" + granted.path("id")).then().statusCode(200).body("givenBy", equalTo(mother));
        as("sas.dvorak").get(consents()).then().statusCode(200).body("items.id", contains((String) granted.path("id")));

        List<String> events = emitted("cz.opora.family.consent-granted");
        assertThat(events).hasSize(1);
        var event = EventJson.MAPPER.readTree(events.get(0));
        assertThat(EventValidator.problems(event)).isEmpty();
        assertThat(event.get("data").get("recipientOrganization").asText()).isEqualTo("ospod-mesto");
        assertThat(event.get("data").has("formReference")).as("the form reference stays here").isFalse();
    }

    @Test
    void aSharingConsentNamesAnOrganizationInTheDirectory() {
        String unknown = "sas-" + UUID.randomUUID().toString().substring(0, 8);
        String sharingWith = """
                {"givenBy": "%s", "purpose": "SHARING", "recipientOrganization": "%s", "formReference": "F-%s"}""";
        as("sas.dvorak").body(sharingWith.formatted(mother, unknown, "1")).post(consents())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("recipientOrganization"))
                .body("errors.message", contains("is not in the directory"));
        assertThat(emitted("cz.opora.family.consent-granted")).isEmpty();
        // An organization type only names no entry: it stays allowed.
        as("sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "SHARING", "recipientType": "DEBT_COUNSELLING", "formReference": "F-2"}"""
                .formatted(mother)).post(consents()).then().statusCode(201);

        // Once referral-service publishes the entry, the same consent is recorded.
        Directory.entry(unknown, "SAS Nová", "SAS");
        as("sas.dvorak").body(sharingWith.formatted(mother, unknown, "3")).post(consents())
                .then().statusCode(201).body("recipientOrganization", equalTo(unknown));
    }

    @Test
    void theDirectoryProjectionKeepsEachEntrysNewestVersion() {
        String id = "nzdm-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode newer = SampleEvents.directoryEntry(id, "NZDM Nové jméno", "NZDM");
        ((ObjectNode) newer.get("data")).put("version", 3);
        ObjectNode older = SampleEvents.directoryEntry(id, "NZDM Staré jméno", "NZDM");
        String topic = ConfigProvider.getConfig().getOptionalValue("opora.topic-prefix", String.class).orElse("") + Topics.REFERRAL;
        KafkaTestClient.send(topic, id, newer.toString());
        KafkaTestClient.send(topic, id, newer.toString()); // the same event again
        KafkaTestClient.send(topic, id, older.toString()); // a late copy of an older version
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                "SELECT 1 FROM processed_event WHERE event_id = ?1").setParameter(1, UUID.fromString(older.get("id").asText()))
                .getResultList().isEmpty()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT name || ':' || version FROM known_organization WHERE id = ?1").setParameter(1, id).getResultList()))
                .containsExactly("NZDM Nové jméno:3");
    }

    @Test
    void onlyAValidConsentIsRecorded() {
        as("sas.dvorak").body(sharingWithOspod(child)).post(consents())
                .then().statusCode(400).body("errors.field", hasItem("givenBy"));
        as("sas.dvorak").body(sharingWithOspod(java.util.UUID.randomUUID().toString())).post(consents())
                .then().statusCode(400).body("errors.field", hasItem("givenBy"));
        as("sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "SHARING", "formReference": "F1"}""".formatted(mother)).post(consents())
                .then().statusCode(400).body("errors.field", hasItem("recipientOrganization"));
        as("sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "SHARING", "recipientOrganization": "x", "recipientType": "OSPOD", "formReference": "F1"}"""
                .formatted(mother)).post(consents()).then().statusCode(400).body("errors.field", hasItem("recipientOrganization"));
        as("sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "TUTORING", "recipientType": "EDUCATION", "formReference": "F1"}""".formatted(mother))
                .post(consents()).then().statusCode(400).body("errors.field", hasItem("recipientType"));
        as("sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "TUTORING", "validFrom": "2026-05-01", "validUntil": "2026-04-30", "formReference": "F1"}"""
                .formatted(mother)).post(consents()).then().statusCode(400).body("errors.field", hasItem("validUntil"));
        as("sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "SHARING", "recipientType": "PRIEST", "formReference": "F1"}""".formatted(mother))
                .post(consents()).then().statusCode(400).body("errors.field", hasItem("recipientType"));
        as("sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "TUTORING"}""".formatted(mother))
                .post(consents()).then().statusCode(400).body("errors.field", hasItem("formReference"));
        as("sas.dvorak").get(consents()).then().body("items", org.hamcrest.Matchers.hasSize(0));
        assertThat(emitted("cz.opora.family.consent-granted")).isEmpty();
    }

    @Test
    void aConsentIsWithdrawnOnceWithTheCurrentETag() {
        String consent = consents() + "/" + as("sas.dvorak").body(sharingWithOspod(mother)).post(consents()).path("id");
        as("sas.dvorak").body("{}").post(consent + "/withdrawal").then().statusCode(428);
        as("sas.dvorak").header("If-Match", "\"0\"").body("{\"note\": \"Matka si to rozmyslela.\"}").post(consent + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).header("ETag", "\"1\"");
        as("sas.dvorak").header("If-Match", "\"1\"").body("{}").post(consent + "/withdrawal")
                .then().statusCode(409).body("currentState", equalTo("WITHDRAWN"));
        assertThat(emitted("cz.opora.family.consent-withdrawn")).hasSize(1);
    }

    @Test
    void anEndedPeriodIsMarkedAndPublishedOnce() {
        String consent = as("sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "FAMILY_CONFERENCE", "validFrom": "2026-01-01", "validUntil": "2026-01-31",
                 "formReference": "RK/2026/7"}""".formatted(mother)).post(consents())
                .then().statusCode(201).body("status", equalTo("EXPIRED")).extract().path("id");
        assertThat(consentService.expireDue(1000)).isGreaterThanOrEqualTo(1);
        consentService.expireDue(1000);
        assertThat(emitted("cz.opora.family.consent-expired")).hasSize(1);
        as("sas.dvorak").header("If-Match", "\"1\"").body("{}").post(consents() + "/" + consent + "/withdrawal")
                .then().statusCode(409).body("currentState", equalTo("EXPIRED"));
    }

    @Test
    void anotherOrganizationSeesNoConsents() {
        String consent = consents() + "/" + as("sas.dvorak").body(sharingWithOspod(mother)).post(consents()).path("id");
        as("sas2.horak").get(consents()).then().statusCode(404);
        as("sas2.horak").get(consent).then().statusCode(404);
        as("sas2.horak").header("If-Match", "\"0\"").body("{}").post(consent + "/withdrawal").then().statusCode(404);
        as("sas2.horak").body(sharingWithOspod(mother)).post(consents()).then().statusCode(404);
        as("tutor.benes").get(consents()).then().statusCode(403);
    }
}
