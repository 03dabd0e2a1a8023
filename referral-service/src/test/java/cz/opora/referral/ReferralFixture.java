package cz.opora.referral;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.events.EventJson;
import cz.opora.events.EventType;
import cz.opora.events.Topics;
import cz.opora.projection.FamilyProjection;
import cz.opora.testing.FamilyEvents;
import cz.opora.testing.FamilyEvents.Family;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.ReadBeforeWrite;
import cz.opora.testing.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

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

    private ReferralFixture() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).filter(ReadBeforeWrite.INSTANCE);
    }

    /** As {@link #as}, without reading the record first: the request sends only the If-Match the test gives it. */
    public static RequestSpecification bare(String user) {
        return given().noFilters().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
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
        Family family = FamilyEvents.register(prefix(), owner.id);
        await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> as(owner.worker).get("/api/v1/families/" + family.id()).statusCode() == 200);
        return family;
    }

    /** A consent of the family to share with a recipient organization (or, with organization null, a type). */
    public static UUID consent(Family family, String recipientOrganization, String recipientType, String... scopes) {
        UUID consentId = FamilyEvents.consent(prefix(), family, "SHARING", recipientOrganization, recipientType, scopes);
        FamilyProjection families = Arc.container().instance(FamilyProjection.class).get();
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> QuarkusTransaction.requiringNew().call(() ->
                families.sharingConsents(family.id(), recipientOrganization == null ? "-" : recipientOrganization,
                        recipientType == null ? "-" : recipientType, LocalDate.now()).stream()
                        .anyMatch(c -> c.id.equals(consentId))));
        return consentId;
    }

    /** family-service's event that the family withdrew the consent. */
    public static void withdrawConsent(Family family, UUID consentId) {
        FamilyEvents.withdrawConsent(prefix(), family, consentId);
    }

    public static void erase(Family family) {
        FamilyEvents.erase(prefix(), family);
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
        return KafkaTestClient.eventsAbout(prefix() + Topics.REFERRAL, family.id(), expected, types);
    }

    /**
     * The types of the events referral-service wrote to its outbox about the family, oldest first: committed with
     * each change, so a test can tell that an event was not written without waiting for Kafka. Without the reports
     * of reads to the family's owner ({@code cz.opora.audit.family-read}, see {@link #readReports}).
     */
    @SuppressWarnings("unchecked")
    public static List<String> outboxTypes(Family family) {
        jakarta.persistence.EntityManager em = Arc.container().instance(jakarta.persistence.EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT event_type FROM outbox_event WHERE message_key = ?1 AND event_type <> ?2 ORDER BY seq")
                .setParameter(1, family.id().toString()).setParameter(2, EventType.AUDIT_FAMILY_READ.type()).getResultList());
    }

    /** The reports of reads of the family's data written to the outbox for its owner's access log, oldest first. */
    @SuppressWarnings("unchecked")
    public static List<JsonNode> readReports(Family family) {
        jakarta.persistence.EntityManager em = Arc.container().instance(jakarta.persistence.EntityManager.class).get();
        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT payload FROM outbox_event WHERE message_key = ?1 AND event_type = ?2 ORDER BY seq")
                .setParameter(1, family.id().toString()).setParameter(2, EventType.AUDIT_FAMILY_READ.type()).getResultList());
        return payloads.stream().map(p -> {
            try {
                return EventJson.MAPPER.readTree(p);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
