package cz.opora.referral.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.EventType;
import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import cz.opora.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Consumer side of the contract, on the real broker: the contracts module's sample events are applied once,
 * duplicates have no second effect, and poison goes to the dead-letter topic while the consumer goes on.
 */
@QuarkusTest
class FamilyEventsConsumerTest {
    @Inject
    EntityManager em;
    @ConfigProperty(name = "opora.topic-prefix")
    String prefix;

    String topic() {
        return prefix + Topics.FAMILY;
    }

    void awaitVisible(UUID familyId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.user("sas.dvorak")).get("/api/v1/families/" + familyId)
                        .then().statusCode(200));
    }

    long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue());
    }

    @Test
    void theSampleEventBecomesAKnownFamily() throws Exception {
        UUID familyId = UUID.randomUUID();
        KafkaTestClient.send(topic(), familyId.toString(), SampleEvents.familyRegistered(familyId).toString());
        awaitVisible(familyId);
        given().auth().oauth2(Tokens.user("sas.dvorak")).get("/api/v1/families/" + familyId)
                .then().body("name", equalTo("Rodina Novákových"))
                .body("owningOrganization", equalTo("sas-jih"))
                .body("members.role", equalTo(List.of("PARENT", "CHILD")));
    }

    @Test
    void anUpdateReplacesTheSnapshot() {
        UUID familyId = UUID.randomUUID();
        KafkaTestClient.send(topic(), familyId.toString(), SampleEvents.familyRegistered(familyId).toString());
        KafkaTestClient.send(topic(), familyId.toString(), SampleEvents.familyUpdated(familyId).toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.user("sas.dvorak")).get("/api/v1/families/" + familyId)
                        .then().statusCode(200).body("name", equalTo("Rodina Novákových a Dvořákových")));
    }

    @Test
    void memberAndLifecycleEventsKeepTheProjectionCurrent() {
        UUID familyId = UUID.randomUUID();
        UUID grandmother = UUID.randomUUID();
        KafkaTestClient.send(topic(), familyId.toString(), SampleEvents.familyRegistered(familyId).toString());
        ObjectNode added = SampleEvents.about(EventType.FAMILY_MEMBER_ADDED, familyId);
        ((ObjectNode) added.get("data").get("member")).put("memberId", grandmother.toString());
        KafkaTestClient.send(topic(), familyId.toString(), added.toString());
        KafkaTestClient.send(topic(), familyId.toString(), SampleEvents.about(EventType.FAMILY_CLOSED, familyId).toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.user("sas.dvorak")).get("/api/v1/families/" + familyId)
                        .then().statusCode(200).body("status", equalTo("CLOSED"))
                        .body("members.role", equalTo(List.of("PARENT", "CHILD", "GRANDPARENT"))));

        ObjectNode removed = SampleEvents.about(EventType.FAMILY_MEMBER_REMOVED, familyId);
        ((ObjectNode) removed.get("data")).put("memberId", grandmother.toString());
        KafkaTestClient.send(topic(), familyId.toString(), removed.toString());
        KafkaTestClient.send(topic(), familyId.toString(), SampleEvents.about(EventType.FAMILY_REOPENED, familyId).toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.user("sas.dvorak")).get("/api/v1/families/" + familyId)
                        .then().statusCode(200).body("status", equalTo("ACTIVE"))
                        .body("members.role", equalTo(List.of("PARENT", "CHILD"))));
    }

    @Test
    void erasureAndAnonymisationReachTheProjection() {
        UUID erased = UUID.randomUUID();
        UUID archived = UUID.randomUUID();
        KafkaTestClient.send(topic(), erased.toString(), SampleEvents.familyRegistered(erased).toString());
        KafkaTestClient.send(topic(), archived.toString(), SampleEvents.familyRegistered(archived).toString());
        awaitVisible(erased);
        awaitVisible(archived);
        KafkaTestClient.send(topic(), erased.toString(), SampleEvents.about(EventType.FAMILY_ERASED, erased).toString());
        KafkaTestClient.send(topic(), archived.toString(), SampleEvents.about(EventType.FAMILY_ANONYMISED, archived).toString());
        // Waits on the database, not by reading the erased family: a read racing the erasure would be audited after it.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(count("SELECT count(*) FROM known_family WHERE id = ?1", erased)).isZero();
            given().auth().oauth2(Tokens.user("sas.dvorak")).get("/api/v1/families/" + archived).then().statusCode(200)
                    .body("name", equalTo("Anonymised family")).body("members.firstName", equalTo(List.of("-", "-")));
        });
        given().auth().oauth2(Tokens.user("sas.dvorak")).get("/api/v1/families/" + erased).then().statusCode(404);
        assertThat(count("SELECT count(*) FROM known_family_member WHERE family_id = ?1", erased)).isZero();
        assertThat(count("SELECT count(*) FROM audit_entry WHERE ?1 = ANY(resource_ids)", erased)).isEqualTo(1);
        // Erasing a family this service never saw is not an error.
        UUID unknown = UUID.randomUUID();
        KafkaTestClient.send(topic(), unknown.toString(), SampleEvents.about(EventType.FAMILY_ERASED, unknown).toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(count("SELECT count(*) FROM audit_entry WHERE ?1 = ANY(resource_ids)", unknown)).isEqualTo(1));
    }

    @Test
    void anEventAboutAnUnknownFamilyIsDeadLettered() {
        UUID unknown = UUID.randomUUID();
        KafkaTestClient.send(topic(), unknown.toString(), SampleEvents.about(EventType.FAMILY_CLOSED, unknown).toString());
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.read(topic() + ".dlq.referral-service",
                r -> unknown.toString().equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("does not know");
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        UUID familyId = UUID.randomUUID();
        ObjectNode event = SampleEvents.familyRegistered(familyId);
        UUID eventId = UUID.fromString(event.get("id").asText());
        KafkaTestClient.send(topic(), familyId.toString(), event.toString());
        KafkaTestClient.send(topic(), familyId.toString(), event.toString());
        // A later event about another family proves both copies were consumed before we count.
        UUID marker = UUID.randomUUID();
        KafkaTestClient.send(topic(), familyId.toString(), SampleEvents.familyRegistered(marker).toString());
        awaitVisible(marker);

        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = ?1", eventId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'family.project' AND ?1 = ANY(resource_ids)",
                familyId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM known_family_member WHERE family_id = ?1", familyId)).isEqualTo(2);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicWithTheReasonAndTheNextEventIsApplied() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        KafkaTestClient.send(topic(), key, "{this is not json");
        ObjectNode unknownType = SampleEvents.familyRegistered(UUID.randomUUID());
        unknownType.put("type", "cz.opora.family.teleported");
        KafkaTestClient.send(topic(), key, unknownType.toString());
        ObjectNode schemaInvalid = SampleEvents.familyRegistered(UUID.randomUUID());
        ((ObjectNode) schemaInvalid.get("data").get("members").get(0)).put("role", "ALIEN");
        KafkaTestClient.send(topic(), key, schemaInvalid.toString());

        UUID good = UUID.randomUUID();
        KafkaTestClient.send(topic(), key, SampleEvents.familyRegistered(good).toString());
        awaitVisible(good);

        List<ConsumerRecord<String, String>> dead = KafkaTestClient.read(topic() + ".dlq.referral-service",
                r -> key.equals(r.key()), 3, Duration.ofSeconds(30));
        assertThat(dead).hasSize(3);
        List<String> reasons = dead.stream()
                .map(r -> new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)).toList();
        assertThat(reasons.get(0)).contains("not JSON");
        assertThat(reasons.get(1)).contains("unknown event type");
        assertThat(reasons.get(2)).contains("role");
        assertThat(dead.get(0).value()).isEqualTo("{this is not json");
    }
}
