package cz.opora.referral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.EventJson;
import cz.opora.events.EventType;
import cz.opora.events.Topics;
import cz.opora.projection.FamilyProjection;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import cz.opora.testing.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Families, consents and directory entries for referral tests, made the way production makes them: families and
 * consents arrive as family-service's events over Kafka, directory entries are written by each organization's
 * org-admin through the API.
 */
public final class ReferralFixture {
    /** An Opora organization: its type, a worker and its org-admin in the demo realm. */
    public record Org(String id, String type, String worker, String admin) {
    }

    public static final Org SAS_JIH = new Org("sas-jih", "SAS", "sas.dvorak", "admin.sas");
    public static final Org SAS_SEVER = new Org("sas-sever", "SAS", "sas2.horak", "admin.sever");
    public static final Org OSPOD = new Org("ospod-mesto", "OSPOD", "ospod.novakova", "admin.ospod");
    public static final Org NZDM = new Org("nzdm-kotva", "NZDM", "nzdm.svoboda", "admin.nzdm");

    /** A family known to referral-service: one parent, two children. */
    public record Family(UUID id, UUID parentId, UUID childId, UUID secondChildId) {
    }

    private ReferralFixture() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    public static String prefix() {
        return ConfigProvider.getConfig().getOptionalValue("opora.topic-prefix", String.class).orElse("");
    }

    /** Every Opora organization of the tests has its directory entry (written once by its org-admin). */
    public static void directory() {
        for (Org org : List.of(SAS_JIH, SAS_SEVER, OSPOD, NZDM)) {
            if (as(org.worker).get("/api/v1/organizations/" + org.id).statusCode() == 404) {
                as(org.admin).body("""
                        {"name": "%s", "type": "%s", "municipalities": ["Brno"], "services": ["test"],
                         "acceptingNewClients": true}""".formatted(org.id.toUpperCase(), org.type))
                        .put("/api/v1/organizations/" + org.id).then().statusCode(201);
            }
        }
    }

    /** A school outside Opora, entered by SAS Jih's org-admin; its directory id. */
    public static String externalSchool() {
        String name = "ZŠ Test " + UUID.randomUUID().toString().substring(0, 8);
        return as(SAS_JIH.admin).body("""
                {"name": "%s", "type": "SCHOOL", "municipalities": ["Brno"], "services": ["základní vzdělávání"],
                 "acceptingNewClients": true}""".formatted(name))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
    }

    /** A family of the owner's, registered through family-service's event and awaited in the projection. */
    public static Family family(Org owner) {
        UUID id = UUID.randomUUID();
        ObjectNode event = SampleEvents.familyRegistered(id);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("owningOrganization", owner.id);
        data.put("name", "Rodina Referralová");
        ArrayNode members = (ArrayNode) data.get("members");
        ObjectNode second = members.get(1).deepCopy();
        second.put("memberId", UUID.randomUUID().toString()).put("firstName", "Jakub").put("birthDate",
                LocalDate.now().minusYears(14).minusDays(3).toString());
        members.add(second);
        KafkaTestClient.send(prefix() + Topics.FAMILY, id.toString(), event.toString());
        await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> as(owner.worker).get("/api/v1/families/" + id).statusCode() == 200);
        return new Family(id, UUID.fromString(members.get(0).get("memberId").asText()),
                UUID.fromString(members.get(1).get("memberId").asText()), UUID.fromString(second.get("memberId").asText()));
    }

    /** A consent of the family to share with a recipient organization (or, with organization null, a type). */
    public static UUID consent(Family family, String recipientOrganization, String recipientType, String... scopes) {
        UUID consentId = UUID.randomUUID();
        ObjectNode event = SampleEvents.about(EventType.CONSENT_GRANTED, family.id());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("consentId", consentId.toString());
        data.put("givenByMemberId", family.parentId().toString());
        data.put("recipientOrganization", recipientOrganization);
        data.put("recipientType", recipientType);
        ArrayNode scopeArray = data.putArray("scopes");
        for (String scope : scopes) {
            scopeArray.add(scope);
        }
        data.put("validFrom", LocalDate.now().minusDays(1).toString());
        data.putNull("validUntil");
        KafkaTestClient.send(prefix() + Topics.FAMILY, family.id().toString(), event.toString());
        FamilyProjection families = Arc.container().instance(FamilyProjection.class).get();
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> QuarkusTransaction.requiringNew().call(() ->
                families.sharingConsents(family.id(), recipientOrganization == null ? "-" : recipientOrganization,
                        recipientType == null ? "-" : recipientType, LocalDate.now()).stream()
                        .anyMatch(c -> c.id.equals(consentId))));
        return consentId;
    }

    /** family-service's event that the family withdrew the consent. */
    public static void withdrawConsent(Family family, UUID consentId) {
        ObjectNode event = SampleEvents.about(EventType.CONSENT_WITHDRAWN, family.id());
        ((ObjectNode) event.get("data")).put("consentId", consentId.toString());
        KafkaTestClient.send(prefix() + Topics.FAMILY, family.id().toString(), event.toString());
    }

    public static void erase(Family family) {
        KafkaTestClient.send(prefix() + Topics.FAMILY, family.id().toString(),
                SampleEvents.about(EventType.FAMILY_ERASED, family.id()).toString());
    }

    /** A referral's request body. */
    public static String referral(Family family, String recipient, String urgency, UUID consentId, String scopes) {
        return """
                {"familyId": "%s", "memberIds": ["%s"], "recipientOrganization": "%s",
                 "reason": "Jakub spends afternoons alone; school reports absences.",
                 "request": "Take Jakub into individual work.", "urgency": "%s", "basis": "CONSENT",
                 "consentId": "%s"%s}""".formatted(family.id(), family.secondChildId(), recipient, urgency, consentId,
                scopes == null ? "" : ", \"scopes\": " + scopes);
    }

    /** Events of the given types about the family on referral-service's topic, as JSON. */
    public static List<JsonNode> referralEvents(Family family, int expected, String... types) {
        List<String> wanted = List.of(types);
        List<ConsumerRecord<String, String>> records = KafkaTestClient.read(prefix() + Topics.REFERRAL,
                r -> family.id().toString().equals(r.key()) && wanted.stream().anyMatch(t -> r.value().contains("\"" + t + "\"")),
                expected, Duration.ofSeconds(20));
        return records.stream().map(r -> {
            try {
                return EventJson.MAPPER.readTree(r.value());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).filter(e -> wanted.contains(e.get("type").asText())).toList();
    }

    /**
     * The types of the events referral-service wrote to its outbox about the family, oldest first: committed with
     * each change, so a test can tell that an event was not written without waiting for Kafka.
     */
    @SuppressWarnings("unchecked")
    public static List<String> outboxTypes(Family family) {
        jakarta.persistence.EntityManager em = Arc.container().instance(jakarta.persistence.EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT event_type FROM outbox_event WHERE message_key = ?1 ORDER BY seq")
                .setParameter(1, family.id().toString()).getResultList());
    }
}
