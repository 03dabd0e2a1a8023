package cz.opora.tutoring;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.events.Topics;
import cz.opora.projection.FamilyProjection;
import cz.opora.projection.KnownFamily;
import cz.opora.testing.FamilyEvents;
import cz.opora.testing.FamilyEvents.Family;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Families with a consent to tutoring (over Kafka, as family-service publishes them) and tutors (through the API). */
public final class TutoringFixture {
    public static final String STAFF = "klub.vesela";
    public static final String TUTOR = "tutor.benes";

    private TutoringFixture() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    public static String prefix() {
        return ConfigProvider.getConfig().getOptionalValue("opora.topic-prefix", String.class).orElse("");
    }

    /** A family of SAS Jih known here, with (or without) its consent to tutoring. */
    public static Family family(boolean consent) {
        Family family = FamilyEvents.register(prefix(), "sas-jih");
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.find(KnownFamily.class, family.id()) != null));
        if (consent) {
            tutoringConsent(family);
        }
        return family;
    }

    /** The family's consent to tutoring (BASIC, SCHOOL), awaited here; its id. */
    public static UUID tutoringConsent(Family family) {
        UUID consentId = FamilyEvents.consent(prefix(), family, "TUTORING", null, null, "BASIC", "SCHOOL");
        FamilyProjection projection = Arc.container().instance(FamilyProjection.class).get();
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> QuarkusTransaction.requiringNew()
                .call(() -> projection.standingConsents(family.id()).stream().anyMatch(c -> c.id.equals(consentId))));
        return consentId;
    }

    /** A child of the given age added to the family, awaited here. */
    public static UUID child(Family family, String name, int years) {
        UUID child = FamilyEvents.addChild(prefix(), family, name, LocalDate.now().minusYears(years).minusDays(10));
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.find(KnownFamily.class, family.id()).members.stream().anyMatch(m -> m.id.equals(child))));
        return child;
    }

    /** A tutor of the programme; with a login name, created once (logins are unique within the programme). */
    public static String tutor(String username, String criminalRecordDate) {
        if (username != null) {
            String existing = as(STAFF).get("/api/v1/tutors?vetting=COMPLETE&limit=100").then().statusCode(200).extract().jsonPath()
                    .getString("items.find { it.username == '" + username + "' }.id");
            if (existing != null) {
                return existing;
            }
        }
        return as(STAFF).body("""
                {"name": "%s", %s "subjects": ["math", "czech"], "languages": ["czech"], "agreementSignedOn": "%s",
                 "trainingCompletedOn": "%s" %s}""".formatted(username == null ? "Tutor " + UUID.randomUUID() : "Tomáš Beneš",
                        username == null ? "" : "\"username\": \"" + username + "\",", LocalDate.now().minusMonths(2),
                        LocalDate.now().minusMonths(1),
                        criminalRecordDate == null ? "" : ", \"criminalRecordDate\": \"" + criminalRecordDate + "\""))
                .post("/api/v1/tutors").then().statusCode(201).extract().path("id");
    }

    public static String match(String tutorId, Family family, UUID childId) {
        return as(STAFF).body("""
                {"tutorId": "%s", "familyId": "%s", "childId": "%s", "place": "Bratislavská 41, Brno",
                 "schedule": "Mon and Wed 16:00", "school": "ZŠ Merhautova", "schoolClass": "3.B",
                 "sasContactName": "Martin Dvořák", "subjects": ["math"], "goals": "Multiplication."}"""
                .formatted(tutorId, family.id(), childId)).post("/api/v1/matches").then().statusCode(201).extract().path("id");
    }

    public static List<JsonNode> events(Family family, int expected, String... types) {
        return KafkaTestClient.eventsAbout(prefix() + Topics.TUTORING, family.id(), expected, types);
    }
}
