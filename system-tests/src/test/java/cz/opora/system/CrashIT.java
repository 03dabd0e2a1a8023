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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * What the writers saw: the ids that answered 201, every other status, and the writes that got no HTTP answer at
     * all (by kind: "connection refused" while the service is down, "cut mid-request" when it died under the request).
     */
    record Burst(List<String> created, Map<Integer, Integer> statuses, Map<String, Integer> unanswered,
                 List<String> unansweredNames) {
    }

    static Burst burst(String run, AtomicInteger done) throws Exception {
        String token = Tokens.user("sas.dvorak");
        ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Map<String, Integer> unanswered = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> unansweredNames = new ConcurrentLinkedQueue<>();
        ExecutorService writers = Executors.newFixedThreadPool(6);
        List<Future<?>> running = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        for (int w = 0; w < 6; w++) {
            running.add(writers.submit(() -> {
                for (int i = next.getAndIncrement(); i < WRITES; i = next.getAndIncrement()) {
                    String name = "Rodina Havarijní " + run + " " + i;
                    try {
                        Response r = given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(token).contentType("application/json")
                                .body(BurstIT.family(name)).post("/api/v1/families");
                        statuses.merge(r.statusCode(), 1, Integer::sum);
                        if (r.statusCode() == 201) {
                            created.add(r.path("id"));
                        }
                    } catch (Exception noAnswer) {
                        unanswered.merge(kind(noAnswer), 1, Integer::sum);
                        unansweredNames.add(name);
                    }
                    done.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : running) {
            f.get(5, TimeUnit.MINUTES);
        }
        writers.shutdown();
        return new Burst(List.copyOf(created), Map.copyOf(statuses), Map.copyOf(unanswered), List.copyOf(unansweredNames));
    }

    /** How a write got no HTTP answer: refused (nothing listening) or cut (the process died under it); else the class. */
    static String kind(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return "connection refused";
            }
            if (t instanceof org.apache.http.NoHttpResponseException || t instanceof java.net.SocketException) {
                return "cut mid-request";
            }
        }
        return failure.getClass().getName();
    }

    /** The ids of families with these names in family-service's database (writes whose answer was lost). */
    static List<String> committed(List<String> names) throws Exception {
        List<String> ids = new ArrayList<>();
        try (java.sql.Connection db = Stack.database(Stack.Service.FAMILY);
             java.sql.PreparedStatement q = db.prepareStatement("SELECT id FROM family WHERE name = ANY(?)")) {
            q.setArray(1, db.createArrayOf("varchar", names.toArray()));
            try (java.sql.ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
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
        // The relay reaches the broker through a proxy that slows every chunk: it is still publishing at the kill
        // (events pending, some sent and not yet marked), not idle between two writes.
        TcpProxy proxy = new TcpProxy(Stack.kafkaProxyPort(), Stack.kafkaProxiedPort());
        long pending;
        Future<Burst> written;
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Stack.restart(Stack.Service.FAMILY, Map.of("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + Stack.kafkaProxyPort()));
            proxy.slow(50);
            AtomicInteger done = new AtomicInteger();
            written = background.submit(() -> burst(run, done));
            String unpublished = "SELECT count(*) FROM outbox_event WHERE published_at IS NULL";
            await().atMost(Duration.ofMinutes(5)).until(() -> done.get() >= WRITES / 2);
            Stack.kill(Stack.Service.FAMILY);
            // Counted after the kill and before the restart: nothing can publish these now.
            pending = BurstIT.count(Stack.Service.FAMILY, unpublished, List.of());
            assertThat(pending).as("events were waiting in the outbox at the kill (the fault window was hit)").isPositive();
        } finally {
            Stack.restart(Stack.Service.FAMILY, Map.of()); // straight to the broker again
            proxy.close();
        }
        Burst burst = written.get(5, TimeUnit.MINUTES);
        background.shutdown();
        assertThat(burst.statuses().keySet()).as("every answer is 201 or 503").isSubsetOf(201, 503);
        assertThat(burst.unanswered().keySet()).as("writes without an answer were refused or cut, nothing else")
                .isSubsetOf("connection refused", "cut mid-request");
        assertThat(burst.unanswered()).as("the kill was felt by the writers").isNotEmpty();
        List<String> ids = burst.created();
        assertThat(BurstIT.count(Stack.Service.FAMILY, "SELECT count(*) FROM family WHERE id = ANY(?)", ids))
                .as("every write that answered 201 is kept").isEqualTo(ids.size());
        // A write cut under the request may have committed before the kill: then it is whole and delivered too.
        List<String> lostAnswers = committed(burst.unansweredNames());
        List<String> all = new ArrayList<>(ids);
        all.addAll(lostAnswers);
        awaitAppliedOnce(all);
        int[] delivered = deliveries(all);
        assertThat(delivered[1]).as("one registration event per family").isEqualTo(all.size());
        System.out.printf("SIGKILL of family-service mid-burst: %d of %d writes answered 201, %s without an answer (%d of them "
                        + "committed); %d events unpublished at the kill; Kafka holds %d deliveries of %d events (%d duplicates); "
                        + "each applied once by referral-service%n", ids.size(), WRITES, burst.unanswered(), lostAnswers.size(),
                pending, delivered[0], delivered[1], delivered[0] - delivered[1]);
    }

    @Test
    void aConsumerKilledBetweenItsEffectsAndItsOffsetCommitAppliesEachEventOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger done = new AtomicInteger();
        ExecutorService background = Executors.newSingleThreadExecutor();
        Future<Burst> written = background.submit(() -> burst(run, done));
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> BurstIT.count(Stack.Service.REFERRAL,
                "SELECT count(*) FROM known_family WHERE name LIKE ?", "Rodina Havarijní " + run + " %") >= WRITES / 5);
        long appliedAtKill = BurstIT.count(Stack.Service.REFERRAL, "SELECT count(*) FROM known_family WHERE name LIKE ?",
                "Rodina Havarijní " + run + " %");
        Stack.kill(Stack.Service.REFERRAL);
        Stack.restart(Stack.Service.REFERRAL);
        Burst burst = written.get(5, TimeUnit.MINUTES);
        background.shutdown();
        assertThat(burst.statuses().keySet()).as("the producer was not killed: every write answered 201").containsOnly(201);
        List<String> ids = burst.created();
        awaitAppliedOnce(ids);
        String metrics = given().baseUri(Stack.Service.REFERRAL.managementUrl()).get("/q/metrics").asString();
        Matcher duplicates = Pattern.compile("opora_consumer_events_total\\{[^}]*consumer=\"referral-service.family-projection\"[^}]*"
                + "outcome=\"duplicate\"[^}]*}\\s+([0-9.]+)").matcher(metrics);
        double recognised = duplicates.find() ? Double.parseDouble(duplicates.group(1)) : 0;
        assertThat(recognised).as("redeliveries after the kill were recognised as duplicates (the fault window was hit)")
                .isPositive();
        System.out.printf("SIGKILL of referral-service mid-consumption: %d of %d events applied at the kill; after the restart all "
                + "%d applied once; %.0f redelivered events recognised as duplicates%n", appliedAtKill, ids.size(), ids.size(), recognised);
    }
}
