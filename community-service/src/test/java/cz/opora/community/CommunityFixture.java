package cz.opora.community;

import cz.opora.projection.KnownFamily;
import cz.opora.testing.FamilyEvents;
import cz.opora.testing.FamilyEvents.Family;
import cz.opora.testing.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Logins of NZDM Kotva, anonymous clients through the API, families over Kafka as family-service publishes them. */
public final class CommunityFixture {
    public static final String NZDM = "nzdm.svoboda";
    public static final String COMMUNITY = "komunita.maresova";
    public static final String MEDIATOR = "mediace.kolar";
    /** An org-admin of another organization (SAS Jih). */
    public static final String OTHER = "admin.sas";

    private CommunityFixture() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    public static String prefix() {
        return ConfigProvider.getConfig().getOptionalValue("opora.topic-prefix", String.class).orElse("");
    }

    /** A new anonymous client of the caller's organization with a unique code; its id. */
    public static String client(String user, String ageBand) {
        return as(user).body("{\"code\": \"k-" + UUID.randomUUID().toString().substring(0, 8) + "\", \"ageBand\": \""
                + ageBand + "\", \"gender\": \"NOT_STATED\"}").post("/api/v1/anonymous-clients").then().statusCode(201)
                .extract().path("id");
    }

    /** A family owned by {@code owner}, known here (awaited). */
    public static Family family(String owner) {
        Family family = FamilyEvents.register(prefix(), owner);
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        await().atMost(Duration.ofSeconds(90)).pollInSameThread().until(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.find(KnownFamily.class, family.id()) != null));
        return family;
    }
}
