package cz.opora.family.service;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.events.EventJson;
import cz.opora.events.EventValidator;
import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Producer side of the contract: what registration emits through the outbox is valid and keyed by family. */
@QuarkusTest
class FamilyRegisteredEventTest {
    @Inject
    EntityManager em;
    @ConfigProperty(name = "opora.topic-prefix")
    String prefix;

    @Test
    void registrationEmitsAValidEventThroughTheOutbox() throws Exception {
        String id = given().auth().oauth2(Tokens.user("sas.dvorak")).contentType(ContentType.JSON)
                .body("""
                        {"name": "Rodina Událostní", "address": {"street": "Cejl 12", "municipality": "Brno"},
                         "members": [{"firstName": "Jana", "lastName": "Nováková", "role": "PARENT", "birthDate": "1990-04-01"},
                                     {"firstName": "Petr", "lastName": "Novák", "role": "CHILD", "birthDate": "2015-09-12"}]}""")
                .post("/api/v1/families").then().statusCode(201).extract().path("id");

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Object published = em.createNativeQuery("SELECT published_at FROM outbox_event WHERE message_key = ?1")
                    .setParameter(1, id).getSingleResult();
            assertThat(published).as("stamped after the broker's acknowledgement").isNotNull();
        });

        List<ConsumerRecord<String, String>> records = KafkaTestClient.read(prefix + Topics.FAMILY,
                r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        JsonNode event = EventJson.MAPPER.readTree(records.get(0).value());
        assertThat(EventValidator.problems(event)).isEmpty();
        assertThat(event.get("type").asText()).isEqualTo("cz.opora.family.registered");
        assertThat(event.get("source").asText()).isEqualTo("/opora/family-service");
        assertThat(event.get("subject").asText()).isEqualTo(id);
        assertThat(event.get("data").get("owningOrganization").asText()).isEqualTo("sas-jih");
        assertThat(event.get("data").get("members")).hasSize(2);
        assertThat(event.get("data").has("street")).as("no street address in events").isFalse();
        assertThat(records.get(0).headers().lastHeader("ce_id").value()).asString()
                .isEqualTo(event.get("id").asText());
        UUID.fromString(event.get("id").asText());
    }
}
