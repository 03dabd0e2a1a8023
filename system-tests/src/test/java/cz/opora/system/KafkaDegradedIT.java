package cz.opora.system;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka down is a degraded state, not an outage: with the broker stopped every service stays ready (readiness is the
 * database and Keycloak's keys; its "kafka" check reports {@code unreachable} and mode {@code degraded}), the health
 * group {@code kafka} answers 503 and {@code opora_kafka_reachable} is 0; a write answers 201 and its event waits in
 * the outbox. After Kafka returns, the group is UP again and the event is delivered.
 */
@ExtendWith(Stack.class)
class KafkaDegradedIT {

    @Test
    void withKafkaStoppedEveryServiceStaysReadyAndReportsKafkaDegraded() {
        String familyId;
        java.util.concurrent.atomic.AtomicInteger probes = new java.util.concurrent.atomic.AtomicInteger();
        try {
            Stack.infra("stop", "kafka");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                for (Stack.Service service : Stack.Service.values()) {
                    given().baseUri(service.managementUrl()).get("/q/health/group/kafka").then().statusCode(503);
                }
            });
            for (Stack.Service service : Stack.Service.values()) {
                Response ready = given().baseUri(service.managementUrl()).get("/q/health/ready");
                assertThat(ready.statusCode()).as(service.module + " ready while Kafka is down: " + ready.asString()).isEqualTo(200);
                assertThat(ready.jsonPath().getString("checks.find { it.name == 'kafka' }.data.kafka")).as(service.module)
                        .isEqualTo("unreachable");
                assertThat(ready.jsonPath().getString("checks.find { it.name == 'kafka' }.data.mode")).as(service.module)
                        .startsWith("degraded");
                assertThat(given().baseUri(service.managementUrl()).get("/q/metrics").asString()).as(service.module)
                        .containsPattern("(?m)^opora_kafka_reachable(\\{[^}]*})? 0\\.0");
            }
            familyId = Families.register("sas.dvorak", """
                    {"name": "Rodina Bezkafková", "address": {"municipality": "Brno"},
                     "members": [{"firstName": "Alena", "lastName": "Bezkafková", "role": "PARENT"}]}""")
                    .then().statusCode(201).extract().path("id");
            // Readiness holds for a while (kubelet probes every 5 s, three failures take a pod out): probe each service.
            // Awaitility's during(): every probe for 15 s must find every service ready; one refusal fails the test.
            await().during(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        for (Stack.Service service : Stack.Service.values()) {
                            probes.incrementAndGet();
                            if (given().baseUri(service.managementUrl()).get("/q/health/ready").statusCode() != 200) {
                                return false;
                            }
                        }
                        return true;
                    });
            assertThat(Families.count(Stack.Service.FAMILY, "SELECT count(*) FROM outbox_event WHERE message_key = ? AND published_at IS NULL",
                    familyId)).as("the registration's event waits in the outbox").isEqualTo(1);
        } finally {
            Stack.infra("start", "kafka");
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (Stack.Service service : Stack.Service.values()) {
                given().baseUri(service.managementUrl()).get("/q/health/group/kafka").then().statusCode(200);
            }
        });
        String id = familyId;
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> Families.inReferralService("sas.dvorak", id).statusCode() == 200);
        System.out.printf("KafkaDegradedIT: %d readiness probes while Kafka was down, all 200%n", probes.get());
    }
}
