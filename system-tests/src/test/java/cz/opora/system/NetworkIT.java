package cz.opora.system;

import cz.opora.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Network trouble between services and Kafka: family-service (a producer) and referral-service (a consumer) reach
 * the broker only through a TCP proxy, which the test cuts and then slows. Writes keep succeeding; while the
 * network is cut nothing arrives; afterwards every event arrives and is applied exactly once.
 */
@ExtendWith(Stack.class)
class NetworkIT {

    static List<String> register(String run, int from, int count) {
        String token = Tokens.user("sas.dvorak");
        List<String> ids = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            ids.add(given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(token).contentType("application/json")
                    .body(BurstIT.family("Rodina Síťová " + run + " " + i)).post("/api/v1/families").then().statusCode(201)
                    .extract().path("id"));
        }
        return ids;
    }

    static long applied(List<String> ids) throws Exception {
        return BurstIT.count(Stack.Service.REFERRAL, "SELECT count(*) FROM known_family WHERE id = ANY(?)", ids);
    }

    @Test
    void eventsCrossACutAndSlowNetworkOnceAndAllOfThem() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> throughProxy = Map.of("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + Stack.kafkaProxyPort());
        TcpProxy proxy = new TcpProxy(Stack.kafkaProxyPort(), Stack.kafkaProxiedPort());
        try {
            Stack.restart(Stack.Service.FAMILY, throughProxy);
            Stack.restart(Stack.Service.REFERRAL, throughProxy);
            List<String> before = register(run, 0, 50);
            await().atMost(Duration.ofMinutes(1)).until(() -> applied(before) == before.size());
            assertThat(proxy.bytesForwarded()).as("the traffic goes through the proxy").isPositive();

            proxy.cut();
            List<String> duringCut = register(run, 50, 150);
            await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(10)).until(() -> applied(duringCut) == 0);
            proxy.restore();
            proxy.slow(20);
            List<String> whileSlow = register(run, 200, 100);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    applied(duringCut) == duringCut.size() && applied(whileSlow) == whileSlow.size());
            proxy.restore();

            List<String> all = new ArrayList<>(before);
            all.addAll(duringCut);
            all.addAll(whileSlow);
            assertThat(BurstIT.count(Stack.Service.REFERRAL,
                    "SELECT count(*) FROM audit_entry WHERE action = 'family.project' AND resource_ids && ?", all))
                    .as("each applied exactly once").isEqualTo(all.size());
            System.out.printf("network: %d registrations through a proxy cut for 8 s and then slowed; all applied once; "
                    + "%d bytes forwarded%n", all.size(), proxy.bytesForwarded());
        } finally {
            // Back to the broker directly while the proxy still forwards, so that they leave their groups cleanly.
            proxy.restore();
            Stack.restart(Stack.Service.FAMILY, Map.of());
            Stack.restart(Stack.Service.REFERRAL, Map.of());
            proxy.close();
        }
    }
}
