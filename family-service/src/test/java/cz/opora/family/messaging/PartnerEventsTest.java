package cz.opora.family.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.EventType;
import cz.opora.events.Topics;
import cz.opora.family.documents.PdfText;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import cz.opora.testing.SampleRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static cz.opora.family.TestRequests.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Other services' reports through the real broker: timeline activities and the family's own conference plan. */
@QuarkusTest
class PartnerEventsTest {
    @ConfigProperty(name = "opora.topic-prefix")
    String prefix;
    @Inject
    EntityManager em;
    @Inject
    cz.opora.family.service.Timeline timeline;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;


    @Test
    void activitiesOfOtherServicesAppearOnTheTimeline() {
        String family = as("sas.dvorak").body(SampleRequests.family("Rodina Odkázaná")).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        KafkaTestClient.send(prefix + Topics.REFERRAL, family,
                SampleEvents.about(EventType.ACTIVITY_REPORTED, UUID.fromString(family)).toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("sas.dvorak").get("/api/v1/families/" + family + "/timeline").then()
                        .body("items.kind", hasItem("referral.accepted"))
                        .body("items.find { it.kind == 'referral.accepted' }.source", equalTo("referral-service"))
                        .body("items.find { it.kind == 'referral.accepted' }.summary", equalTo("Referral to nzdm-kotva accepted")));
    }

    @Test
    void aReportedActivityIsKeyedOnItsEventIdSoTheDatabaseRefusesASecondEntryForIt() throws Exception {
        String family = as("sas.dvorak").body(SampleRequests.family("Rodina Dvojitá")).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        ObjectNode event = SampleEvents.about(EventType.ACTIVITY_REPORTED, UUID.fromString(family));
        UUID eventId = UUID.fromString(event.get("id").asText());
        KafkaTestClient.send(prefix + Topics.REFERRAL, family, event.toString());
        KafkaTestClient.send(prefix + Topics.REFERRAL, family, event.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> entriesOf(eventId) == 1);

        // Past the processed-event log: the same event written again straight through the timeline is refused.
        cz.opora.events.access.ActivityReported activity =
                json.treeToValue(event.get("data"), cz.opora.events.access.ActivityReported.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            timeline.report(eventId, activity, "referral-service");
            em.flush();
        })).hasStackTraceContaining("timeline_entry_source_event_uq");
        assertThat(entriesOf(eventId)).as("one entry per reported event").isEqualTo(1);
    }

    long entriesOf(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM timeline_entry WHERE source_event_id = ?1").setParameter(1, eventId)
                .getSingleResult()).longValue());
    }

    @Test
    void theFamilysConferencePlanIsImportedAsItsOwn() {
        Response created = as("sas.dvorak").body(SampleRequests.family("Rodina Konferenční")).post("/api/v1/families");
        String family = created.then().statusCode(201).extract().path("id");
        String mother = created.path("members[0].id");
        ObjectNode event = SampleEvents.about(EventType.CONFERENCE_FAMILY_PLAN_ACCEPTED, UUID.fromString(family));
        ((ObjectNode) event.get("data").get("goals").get(0).get("steps").get(0)).put("whoMemberId", mother);
        KafkaTestClient.send(prefix + Topics.CONFERENCE, family, event.toString());

        String plans = "/api/v1/families/" + family + "/plans";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("sas.kralova").get(plans).then().body("items.source", contains("FAMILY_CONFERENCE")));
        String plan = plans + "/" + as("sas.kralova").get(plans).path("items[0].id");
        Response read = as("sas.kralova").get(plan);
        read.then().statusCode(200).body("familyAuthored", equalTo(true))
                .body("ifItDoesNotWork", equalTo("Sejdeme se znovu a zavoláme paní Novákové z OSPOD."))
                .body("goals[0].steps.who.kind", contains("MEMBER", "NETWORK"))
                .body("goals[0].steps.who.name", contains("Jana Nováková", "babička Marie"));
        byte[] pdf = as("sas.kralova").accept("application/pdf").get(plan + "/document").then().statusCode(200)
                .extract().asByteArray();
        assertThat(PdfText.text(pdf)).as("the family's own 'what if it does not work' on its paper plan")
                .contains("Co uděláme, když se to nepodaří").contains("Sejdeme se znovu a zavoláme paní Novákové z OSPOD.");
        as("sas.dvorak").header("If-Match", "\"0\"").body("""
                {"source": "FAMILY_CONFERENCE", "title": "Přepsáno", "goals": [{"what": "x", "steps": []}]}""")
                .put(plan).then().statusCode(409);
        as("sas.kralova").header("If-Match", "\"0\"").body("{\"status\": \"PARTLY_ACHIEVED\"}")
                .put(plan + "/goals/" + read.path("goals[0].id") + "/progress").then().statusCode(200);
        as("sas.dvorak").get("/api/v1/families/" + family + "/timeline").then().body("items.kind", hasItem("plan.agreed"));

        ObjectNode revised = SampleEvents.about(EventType.CONFERENCE_FAMILY_PLAN_REVISED, UUID.fromString(family));
        ((ObjectNode) revised.get("data")).put("conferenceId", UUID.randomUUID().toString())
                .put("originalConferenceId", event.get("data").get("originalConferenceId").asText())
                .put("title", "Plán po revizní konferenci");
        KafkaTestClient.send(prefix + Topics.CONFERENCE, family, revised.toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("sas.kralova").get(plan).then()
                .body("title", equalTo("Plán po revizní konferenci")).body("revision", equalTo(2)));
        as("sas.kralova").get(plans).then().body("items.size()", equalTo(1));
        as("sas.kralova").get(plan + "/revisions").then().statusCode(200).body("revision", contains(1));
    }

    @Test
    void readsOfTheFamilyInOtherServicesReachItsAccessLogOnceWithTheGrantTheyWentThrough() {
        String family = as("sas.dvorak").body(SampleRequests.family("Rodina Čtená")).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        UUID familyId = UUID.fromString(family);
        String referral = UUID.randomUUID().toString();
        String grant = UUID.randomUUID().toString();
        ObjectNode granted = SampleEvents.about(EventType.ACCESS_GRANTED, familyId);
        ((ObjectNode) granted.get("data")).put("grantId", grant).put("reasonId", referral);
        KafkaTestClient.send(prefix + Topics.REFERRAL, family, granted.toString());
        ObjectNode read = SampleEvents.about(EventType.AUDIT_FAMILY_READ, familyId);
        ((ObjectNode) read.get("data")).put("actorUsername", "ospod.novakova").put("actorOrganization", "ospod-mesto")
                .put("throughId", referral);
        KafkaTestClient.send(prefix + Topics.REFERRAL, family, read.toString());
        KafkaTestClient.send(prefix + Topics.REFERRAL, family, read.toString());

        // Each look at the access log is itself in it: look twice a second, so that 30 s of looks stay on one page.
        String log = "/api/v1/families/" + family + "/access-log?limit=100";
        String elsewhere = "items.findAll { it.service == 'referral-service' }";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> as("admin.sas").get(log).then().statusCode(200)
                .body(elsewhere + ".size()", equalTo(1))
                .body(elsewhere + "[0].actor", equalTo("ospod.novakova"))
                .body(elsewhere + "[0].actorOrganization", equalTo("ospod-mesto"))
                .body(elsewhere + "[0].action", equalTo("referral.read"))
                .body(elsewhere + "[0].endpoint", equalTo("GET /api/v1/referrals/{id}"))
                .body(elsewhere + "[0].throughType", equalTo("referral"))
                .body(elsewhere + "[0].throughId", equalTo(referral))
                .body(elsewhere + "[0].grantId", equalTo(grant)));
        as("admin.sas").get(log).then().body("items.find { it.action == 'family.register' }.service", equalTo("family-service"));
    }

    @Test
    void aReadReportedForAFamilyThisServiceDoesNotHoldIsDroppedNeitherKeptNorDeadLettered() {
        UUID unknown = UUID.randomUUID();
        ObjectNode read = SampleEvents.about(EventType.AUDIT_FAMILY_READ, unknown);
        KafkaTestClient.send(prefix + Topics.TUTORING, unknown.toString(), read.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = ?1")
                .setParameter(1, UUID.fromString(read.get("id").asText())).getSingleResult()).longValue()) == 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM audit_entry WHERE ?1 = ANY(resource_ids)")
                .setParameter(1, unknown).getSingleResult()).longValue())).as("no trail about an erased family").isZero();
        assertThat(KafkaTestClient.read(prefix + "opora.partner-events.dlq.family-service",
                r -> unknown.toString().equals(r.key()), 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aPlanForAnUnknownFamilyIsDeadLettered() {
        UUID unknown = UUID.randomUUID();
        KafkaTestClient.send(prefix + Topics.CONFERENCE, unknown.toString(),
                SampleEvents.about(EventType.CONFERENCE_FAMILY_PLAN_ACCEPTED, unknown).toString());
        var dead = KafkaTestClient.read(prefix + "opora.partner-events.dlq.family-service", r -> unknown.toString().equals(r.key()),
                1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("does not know");
    }
}
