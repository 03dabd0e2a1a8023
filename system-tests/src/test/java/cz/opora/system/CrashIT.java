package cz.opora.system;

import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.Tokens;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Services killed with SIGKILL at the worst moments: family-service while its outbox relay publishes a burst, and
 * referral-service while it consumes one (between an event's effect and the commit of its offset). After a restart
 * nothing is lost and nothing is applied twice; the duplicates Kafka delivers are recognised and counted.
 */
@ExtendWith(Stack.class)
class CrashIT {
    static final int WRITES = 1_500;

    static List<String> burst(String run, AtomicInteger done) throws Exception {
        String token = Tokens.user("sas.dvorak");
        ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
        ExecutorService writers = Executors.newFixedThreadPool(6);
        List<Future<?>> running = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        for (int w = 0; w < 6; w++) {
            running.add(writers.submit(() -> {
                for (int i = next.getAndIncrement(); i < WRITES; i = next.getAndIncrement()) {
                    try {
                        Response r = given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(token).contentType("application/json")
                                .body(BurstIT.family("Rodina Havarijní " + run + " " + i)).post("/api/v1/families");
                        if (r.statusCode() == 201) {
                            created.add(r.path("id"));
                        }
                    } catch (Exception connectionLost) {
                        // the service is being killed: this write did not answer 2xx
                    }
                    done.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : running) {
            f.get(5, TimeUnit.MINUTES);
        }
        writers.shutdown();
        return List.copyOf(created);
    }

    static void awaitAppliedOnce(List<String> ids) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                BurstIT.count(Stack.Service.REFERRAL, "SELECT count(*) FROM known_family WHERE id = ANY(?)", ids) == ids.size());
        try {
            assertThat(BurstIT.count(Stack.Service.REFERRAL,
                    "SELECT count(*) FROM audit_entry WHERE action = 'family.project' AND resource_ids && ?", ids))
                    .as("each registration applied exactly once").isEqualTo(ids.size());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many registrations of these families Kafka holds, and how many distinct events they are. */
    static int[] deliveries(List<String> ids) {
        Set<String> keys = new HashSet<>(ids);
        List<ConsumerRecord<String, String>> records = KafkaTestClient.read(Stack.TOPIC_PREFIX + Topics.FAMILY,
                r -> keys.contains(r.key()) && r.value().contains("\"cz.opora.family.registered\""), Integer.MAX_VALUE,
                Duration.ofSeconds(15));
        Set<String> eventIds = new HashSet<>();
        Pattern id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
        for (ConsumerRecord<String, String> record : records) {
            Matcher m = id.matcher(record.value());
            if (m.find()) {
                eventIds.add(m.group(1));
            }
        }
        return new int[] {records.size(), eventIds.size()};
    }

    @Test
    void aProducerKilledWhileItsRelayPublishesLosesNothing() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger done = new AtomicInteger();
        ExecutorService background = Executors.newSingleThreadExecutor();
        Future<List<String>> written = background.submit(() -> burst(run, done));
        await().atMost(Duration.ofMinutes(2)).until(() -> done.get() >= WRITES / 2);
        long pending = BurstIT.count(Stack.Service.FAMILY, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL", List.of());
        Stack.kill(Stack.Service.FAMILY);
        Stack.restart(Stack.Service.FAMILY);
        List<String> ids = written.get(5, TimeUnit.MINUTES);
        background.shutdown();
        awaitAppliedOnce(ids);
        int[] delivered = deliveries(ids);
        assertThat(delivered[1]).as("one registration event per family").isEqualTo(ids.size());
        System.out.printf("SIGKILL of family-service mid-burst: %d of %d writes answered 201 (%d events unpublished at the kill); "
                        + "Kafka holds %d deliveries of %d events (%d duplicates); each applied once by referral-service%n",
                ids.size(), WRITES, pending, delivered[0], delivered[1], delivered[0] - delivered[1]);
    }

    @Test
    void aConsumerKilledBetweenItsEffectsAndItsOffsetCommitAppliesEachEventOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger done = new AtomicInteger();
        ExecutorService background = Executors.newSingleThreadExecutor();
        Future<List<String>> written = background.submit(() -> burst(run, done));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> BurstIT.count(Stack.Service.REFERRAL,
                "SELECT count(*) FROM known_family WHERE name LIKE ?", "Rodina Havarijní " + run + " %") >= WRITES / 5);
        long appliedAtKill = BurstIT.count(Stack.Service.REFERRAL, "SELECT count(*) FROM known_family WHERE name LIKE ?",
                "Rodina Havarijní " + run + " %");
        Stack.kill(Stack.Service.REFERRAL);
        Stack.restart(Stack.Service.REFERRAL);
        List<String> ids = written.get(5, TimeUnit.MINUTES);
        background.shutdown();
        awaitAppliedOnce(ids);
        String metrics = given().baseUri(Stack.Service.REFERRAL.managementUrl()).get("/q/metrics").asString();
        Matcher duplicates = Pattern.compile("opora_consumer_events_total\\{[^}]*consumer=\"referral-service.family-projection\"[^}]*"
                + "outcome=\"duplicate\"[^}]*}\\s+([0-9.]+)").matcher(metrics);
        double recognised = duplicates.find() ? Double.parseDouble(duplicates.group(1)) : 0;
        System.out.printf("SIGKILL of referral-service mid-consumption: %d of %d events applied at the kill; after the restart all "
                + "%d applied once; %.0f redelivered events recognised as duplicates%n", appliedAtKill, ids.size(), ids.size(), recognised);
    }
}
