package cz.opora.family.rest;

import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A client that lost the answer to a registration repeats it with the same Idempotency-Key and gets the family
 * the first request registered: one family, one event, one timeline entry, never a duplicate.
 */
@QuarkusTest
class IdempotencyKeyTest {
    @Inject
    EntityManager em;

    static Response register(String user, String key, String body) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post("/api/v1/families");
    }

    long count(String sql, String name) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, name).getSingleResult()).longValue();
    }

    @Test
    void aRepeatWithTheSameKeyAnswersWithTheFirstFamilyAndWritesNothingNew() {
        String name = "Rodina Opakovaná " + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        String first = register("sas.dvorak", key, SampleRequests.family(name)).then().statusCode(201).extract().path("id");

        register("sas.dvorak", key, SampleRequests.family(name)).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/families/" + first))
                .header("ETag", "\"0\"")
                .body("id", equalTo(first)).body("name", equalTo(name));

        assertThat(count("SELECT count(*) FROM family WHERE name = ?1", name)).as("one family").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE event_type = 'cz.opora.family.registered' AND payload LIKE ?1",
                "%\"" + name + "\"%")).as("one registration event").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'family.register.repeated' "
                + "AND CAST(?1 AS uuid) = ANY(resource_ids)", first)).as("the repeat is a read, audited").isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndAnotherCallersKeyIsItsOwn() {
        String key = UUID.randomUUID().toString();
        String name = "Rodina Klíčová " + UUID.randomUUID().toString().substring(0, 8);
        register("sas.dvorak", key, SampleRequests.family(name)).then().statusCode(201);

        register("sas.dvorak", key, SampleRequests.family(name + " jiná")).then().statusCode(422)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("idempotency-key-reused"));
        // Keys belong to the caller: another worker's request with the same key is a new request.
        register("sas2.horak", key, SampleRequests.family(name)).then().statusCode(201);
        assertThat(count("SELECT count(*) FROM family WHERE name LIKE ?1", name + "%")).isEqualTo(2);
    }

    @Test
    void aMalformedKeyIsNamedAndARefusedRequestDoesNotSpendItsKey() {
        String name = "Rodina Vadná " + UUID.randomUUID().toString().substring(0, 8);
        register("sas.dvorak", "klíč s mezerou", SampleRequests.family(name)).then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));

        String key = UUID.randomUUID().toString();
        register("sas.dvorak", key, "{\"name\": \"\", \"members\": []}").then().statusCode(400);
        register("sas.dvorak", key, SampleRequests.family(name)).then().statusCode(201);
    }
}
