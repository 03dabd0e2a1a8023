package cz.opora.system;

import cz.opora.testing.Tokens;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A burst of 10,000 writes spread over the four services, with Kafka stopped in the middle of it. Every write that
 * answered 2xx is kept; every event of those writes is delivered after Kafka returns, and every consumer applies
 * each exactly once in effect (rows counted, ids compared). Events come from family registrations (consumed by
 * referral-, conference- and tutoring-service) and case conferences (their timeline entries consumed by
 * family-service); directory entries and tutors are writes without events, counted in their databases.
 */
@ExtendWith(Stack.class)
class BurstIT {
    static final int WRITES = 10_000;

    @Test
    void everyAcceptedWriteOfABurstThroughAKafkaOutageIsDeliveredAndAppliedOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // Users, not tokens: each write asks Tokens for a live one (the burst can outlast a token cached earlier).
        String sas = "sas.dvorak";
        String ospod = "ospod.novakova";
        String admin = "admin.sas";
        String staff = "klub.vesela";
        List<String> ospodFamilies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ospodFamilies.add(given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(Tokens.user(ospod)).contentType("application/json")
                    .body(family("Rodina Nárazová " + run + " O" + i)).post("/api/v1/families").then().statusCode(201).extract().path("id"));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count(Stack.Service.CONFERENCE,
                "SELECT count(*) FROM known_family WHERE id = ANY(?)", ospodFamilies) == ospodFamilies.size());

        ConcurrentLinkedQueue<String> families = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> conferences = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> organizations = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> tutors = new ConcurrentLinkedQueue<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            running.add(writers.submit(() -> {
                for (int i = next.getAndIncrement(); i < WRITES; i = next.getAndIncrement()) {
                    Response r;
                    switch (i % 10) {
                        case 0, 1, 2, 3, 4 -> {
                            r = post(Stack.Service.FAMILY, sas, "/api/v1/families", family("Rodina Nárazová " + run + " " + i));
                            if (r.statusCode() == 201) {
                                families.add(r.path("id"));
                            }
                        }
                        case 5, 6 -> {
                            r = post(Stack.Service.CONFERENCE, ospod, "/api/v1/case-conferences", """
                                    {"familyId": "%s", "purpose": "Burst %d", "scheduledFor": "2001-01-10T09:00:00Z", "place": "x"}"""
                                    .formatted(ospodFamilies.get(i % ospodFamilies.size()), i));
                            if (r.statusCode() == 201) {
                                conferences.add(r.path("id"));
                            }
                        }
                        case 7, 8 -> {
                            r = post(Stack.Service.REFERRAL, admin, "/api/v1/organizations", """
                                    {"name": "Burst %s %d", "type": "OTHER", "municipalities": ["Brno"], "services": ["x"],
                                     "acceptingNewClients": true}""".formatted(run, i));
                            if (r.statusCode() == 201) {
                                organizations.add(r.path("id"));
                            }
                        }
                        default -> {
                            r = post(Stack.Service.TUTORING, staff, "/api/v1/tutors", """
                                    {"name": "Burst %s %d", "subjects": ["math"]}""".formatted(run, i));
                            if (r.statusCode() == 201) {
                                tutors.add(r.path("id"));
                            }
                        }
                    }
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                }
            }));
        }
        // Pacing only (Kafka stops after a quarter of the writes, returns after three quarters): generous on a shared machine.
        await().atMost(Duration.ofMinutes(8)).until(() -> next.get() >= WRITES / 4);
        Instant stopped = Instant.now();
        Stack.infra("stop", "kafka");
        await().atMost(Duration.ofMinutes(10)).until(() -> next.get() >= WRITES * 3 / 4);
        Stack.infra("start", "kafka");
        long outageMillis = Duration.between(stopped, Instant.now()).toMillis();
        for (Future<?> f : running) {
            f.get(5, TimeUnit.MINUTES);
        }
        writers.shutdown();
        for (Stack.Service service : Stack.Service.values()) {
            Stack.awaitReady(service, Duration.ofSeconds(120));
        }
        assertThat(statuses.keySet()).as("every write answered 201 (the outbox takes them while Kafka is down)").containsOnly(201);

        List<String> familyIds = List.copyOf(families);
        Instant back = Instant.now();
        for (Stack.Service consumer : List.of(Stack.Service.REFERRAL, Stack.Service.CONFERENCE, Stack.Service.TUTORING)) {
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    count(consumer, "SELECT count(*) FROM known_family WHERE id = ANY(?)", familyIds) == familyIds.size());
            assertThat(count(consumer, "SELECT count(*) FROM audit_entry WHERE action = 'family.project' AND resource_ids && ?",
                    familyIds)).as(consumer + ": each registration applied exactly once").isEqualTo(familyIds.size());
        }
        List<String> conferenceIds = List.copyOf(conferences);
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> count(Stack.Service.FAMILY,
                "SELECT count(DISTINCT ref_id) FROM timeline_entry WHERE kind = 'conference.case-conference-scheduled' AND ref_id = ANY(?)",
                conferenceIds) >= conferenceIds.size());
        // Every row, not distinct ids: a second entry for one conference would show here.
        assertThat(count(Stack.Service.FAMILY, "SELECT count(*) FROM timeline_entry WHERE ref_id = ANY(?)", conferenceIds))
                .as("exactly one timeline entry per conference, duplicates counted").isEqualTo(conferenceIds.size());
        assertThat(count(Stack.Service.FAMILY, "SELECT count(DISTINCT source_event_id) FROM timeline_entry WHERE ref_id = ANY(?)",
                conferenceIds)).as("each entry keyed on its own source event (the unique key a duplicate would violate)")
                .isEqualTo(conferenceIds.size());
        assertThat(count(Stack.Service.REFERRAL, "SELECT count(*) FROM organization WHERE name LIKE ?", "Burst " + run + " %"))
                .isEqualTo(organizations.size());
        assertThat(count(Stack.Service.TUTORING, "SELECT count(*) FROM tutor WHERE name LIKE ?", "Burst " + run + " %"))
                .isEqualTo(tutors.size());
        assertThat(count(Stack.Service.FAMILY, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL", List.of()))
                .as("nothing left unpublished").isZero();
        System.out.printf("burst: %d writes (%d families, %d case conferences, %d directory entries, %d tutors), Kafka down %d ms; "
                        + "%d family events applied once by each of 3 consumers and %d conference events once by family-service, "
                        + "all within %d s of Kafka's return%n", WRITES, familyIds.size(), conferenceIds.size(), organizations.size(),
                tutors.size(), outageMillis, familyIds.size(), conferenceIds.size(), Duration.between(back, Instant.now()).toSeconds());
    }

    static String family(String name) {
        return """
                {"name": "%s", "address": {"municipality": "Brno"},
                 "members": [{"firstName": "Jana", "lastName": "Nárazová", "role": "PARENT"}]}""".formatted(name);
    }

    static Response post(Stack.Service service, String user, String path, String body) {
        return given().baseUri(service.url()).auth().oauth2(Tokens.user(user)).contentType("application/json").body(body).post(path);
    }

    /** A count with one parameter: a list of ids (as uuid[]), or a string, or none (an empty list). */
    static long count(Stack.Service service, String sql, Object parameter) throws Exception {
        try (Connection db = Stack.database(service); PreparedStatement statement = db.prepareStatement(sql)) {
            if (parameter instanceof List<?> ids && sql.contains("?")) {
                Array array = db.createArrayOf("uuid", ids.stream().map(id -> UUID.fromString(id.toString())).toArray());
                statement.setArray(1, array);
            } else if (parameter instanceof String s) {
                statement.setString(1, s);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
