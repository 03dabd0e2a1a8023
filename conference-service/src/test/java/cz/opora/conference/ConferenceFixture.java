package cz.opora.conference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.conference.domain.FamilyPartnerRepository;
import cz.opora.events.EventType;
import cz.opora.events.Topics;
import cz.opora.projection.FamilyProjection;
import cz.opora.projection.KnownFamily;
import cz.opora.testing.FamilyEvents;
import cz.opora.testing.FamilyEvents.Family;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import cz.opora.testing.ReadBeforeWrite;
import cz.opora.testing.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Families, consents, open referrals and coordinators for conference tests, made the way production makes them:
 * family and referral events over Kafka, coordinator profiles through the API.
 */
public final class ConferenceFixture {
    private ConferenceFixture() {
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

    /** A family registered in family-service (by its event) and known here. */
    public static Family family(String owner) {
        Family family = FamilyEvents.register(prefix(), owner);
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.find(KnownFamily.class, family.id()) != null));
        return family;
    }

    /** The family's consent to a family group conference (purpose FAMILY_CONFERENCE), known here. */
    public static UUID conferenceConsent(Family family) {
        return awaitConsent(family, FamilyEvents.consent(prefix(), family, "FAMILY_CONFERENCE", null, null, "BASIC"));
    }

    /** The family's consent to share with an organization, known here. */
    public static UUID sharingConsent(Family family, String organization) {
        return awaitConsent(family, FamilyEvents.consent(prefix(), family, "SHARING", organization, null, "BASIC"));
    }

    private static UUID awaitConsent(Family family, UUID consentId) {
        FamilyProjection projection = Arc.container().instance(FamilyProjection.class).get();
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> QuarkusTransaction.requiringNew()
                .call(() -> projection.standingConsents(family.id()).stream().anyMatch(c -> c.id.equals(consentId))));
        return consentId;
    }

    /** referral-service's event that a referral about the family was sent from one organization to another. */
    public static void openReferral(Family family, String sender, String recipient) {
        UUID referralId = UUID.randomUUID();
        ObjectNode event = SampleEvents.about(EventType.REFERRAL_SENT, family.id());
        ((ObjectNode) event.get("data")).put("referralId", referralId.toString()).put("senderOrganization", sender)
                .put("recipientOrganization", recipient);
        KafkaTestClient.send(prefix() + Topics.REFERRAL, family.id().toString(), event.toString());
        FamilyPartnerRepository partners = Arc.container().instance(FamilyPartnerRepository.class).get();
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> QuarkusTransaction.requiringNew()
                .call(() -> partners.openPartners(family.id()).contains(recipient)));
    }

    /** rk.koordinator's own profile (created once, reset to these values every time: other tests may change it); its id. */
    public static String rkCoordinator() {
        String body = """
                {"name": "Radka Koordinátorová", "languages": ["czech", "romani"], "gender": "FEMALE", "active": true}""";
        var own = as("rk.koordinator").get("/api/v1/coordinators/me");
        var put = as("rk.koordinator").body(body);
        if (own.statusCode() == 200) {
            put = put.header("If-Match", own.header("ETag"));
        }
        return put.put("/api/v1/coordinators/me").then().statusCode(200).extract().path("id");
    }

    /** A coordinator of SAS Jih, entered by its org-admin; its id. */
    public static String sasCoordinator() {
        return as("admin.sas").body("""
                {"name": "Eva Králová", "languages": ["czech"], "gender": "FEMALE"}""")
                .post("/api/v1/coordinators").then().statusCode(201).extract().path("id");
    }

    /** conference-service's events of the given types about the family, oldest first. */
    public static List<JsonNode> events(Family family, int expected, String... types) {
        return KafkaTestClient.eventsAbout(prefix() + Topics.CONFERENCE, family.id(), expected, types);
    }
}
