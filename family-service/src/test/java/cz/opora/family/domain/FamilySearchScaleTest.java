package cz.opora.family.domain;

import cz.opora.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search stays fast at the size the issue names: 100,000 families and 400,000 members in one organization
 * (ospod-mesto, in the test database). The data is generated once and kept. Checks: every filter's query plan
 * uses an index (no sequential scan of family), each search answers quickly through the real API, and a request
 * runs a fixed number of SQL statements whatever the page holds (no N+1).
 */
@QuarkusTest
class FamilySearchScaleTest {
    static final String ORG = "ospod-mesto";
    static final int FAMILIES = 100_000;

    @Inject
    EntityManager em;
    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void data() {
        QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            long existing = ((Number) em.createNativeQuery("SELECT count(*) FROM family WHERE owning_organization = ?1 "
                    + "AND created_by = 'scale-test'").setParameter(1, ORG).getSingleResult()).longValue();
            if (existing >= FAMILIES) {
                return;
            }
            String me = Tokens.subject("ospod.novakova");
            // One statement: the families and, from what it returns, their four members each.
            em.createNativeQuery("""
                    WITH f AS (
                        INSERT INTO family (id, owning_organization, name, municipality, street, status, key_worker,
                                            key_worker_name, created_by, created_at, updated_at, version, search_name,
                                            search_municipality)
                        SELECT gen_random_uuid(), :org, 'Rodina ' || s.surname || ' ' || i,
                               m.municipality, 'Ulice ' || i, (ARRAY['INTAKE','ACTIVE','ACTIVE','ACTIVE','CLOSED'])[1 + i % 5],
                               CASE WHEN i % 100 = 0 THEN :me ELSE 'scale-worker-' || (i % 50) END, 'Pracovník',
                               'scale-test', now() - make_interval(mins => i), now(), 0,
                               lower('rodina ' || s.surname || ' ' || i || ' jana ' || s.surname || ' petr ' || s.surname),
                               lower(m.municipality)
                        FROM generate_series(1, cast(:n AS integer)) AS i
                        CROSS JOIN LATERAL (SELECT (ARRAY['Novak','Svoboda','Novotny','Dvorak','Cerny','Prochazka','Kucera',
                            'Vesely','Horak','Nemec','Marek','Pospisil','Pokorny','Hajek','Kral','Jelinek','Ruzicka','Benes',
                            'Fiala','Sedlacek'])[1 + i % 20] AS surname) s
                        CROSS JOIN LATERAL (SELECT 'Obec ' || (i % 200) AS municipality) m
                        RETURNING id)
                    INSERT INTO family_member (id, family_id, position, first_name, last_name, role, birth_date, version)
                    SELECT gen_random_uuid(), f.id, p.pos, (ARRAY['Jana','Petr','Eva','Tomas'])[p.pos + 1], 'Clen',
                           (ARRAY['PARENT','PARENT','CHILD','CHILD'])[p.pos + 1], DATE '1980-01-01' + p.pos * 3650, 0
                    FROM f CROSS JOIN generate_series(0, 3) AS p(pos)
                    """).setParameter("org", ORG).setParameter("me", me).setParameter("n", FAMILIES - existing).executeUpdate();
        });
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("ANALYZE family, family_member, family_team_member").executeUpdate());
    }

    @Test
    void everyFilterUsesAnIndexAtScale() {
        String me = Tokens.subject("ospod.novakova");
        Map<String, String> shapes = new LinkedHashMap<>();
        String base = "SELECT id FROM family f WHERE owning_organization = '" + ORG + "' ";
        shapes.put("newest", base + "ORDER BY created_at DESC, id DESC LIMIT 21");
        shapes.put("text", base + "AND search_name LIKE '%novak 4242%' ORDER BY created_at DESC, id DESC LIMIT 21");
        shapes.put("municipality", base + "AND search_municipality = 'obec 17' ORDER BY created_at DESC, id DESC LIMIT 21");
        shapes.put("status", base + "AND status = 'CLOSED' ORDER BY created_at DESC, id DESC LIMIT 21");
        shapes.put("key worker", base + "AND key_worker = '" + me + "' ORDER BY created_at DESC, id DESC LIMIT 21");
        shapes.put("caseload", base + "AND (key_worker = '" + me + "' OR EXISTS (SELECT 1 FROM family_team_member t "
                + "WHERE t.family_id = f.id AND t.worker = '" + me + "')) ORDER BY created_at DESC, id DESC LIMIT 21");
        shapes.put("by name", base + "ORDER BY search_name, id LIMIT 21");
        shapes.put("by name, page 2", base + "AND (search_name, id) > ('rodina novak 5', '00000000-0000-0000-0000-000000000000') "
                + "ORDER BY search_name, id LIMIT 21");
        shapes.put("newest, page 2", base + "AND (created_at, id) < (now() - interval '30 days', "
                + "'ffffffff-ffff-ffff-ffff-ffffffffffff') ORDER BY created_at DESC, id DESC LIMIT 21");
        shapes.forEach((name, sql) -> {
            String plan = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<String> lines = em.createNativeQuery("EXPLAIN (ANALYZE, BUFFERS OFF) " + sql).getResultList();
                return String.join("\n", lines);
            });
            System.out.printf("--- plan: %s%n%s%n", name, plan);
            assertThat(plan).as(name).doesNotContain("Seq Scan on family ");
        });
    }

    @Test
    void searchesAnswerFastThroughTheApiWithAFixedNumberOfStatements() {
        Map<String, Map<String, Object>> searches = new LinkedHashMap<>();
        searches.put("newest", Map.of());
        searches.put("text (common)", Map.of("q", "novak"));
        searches.put("text (one family)", Map.of("q", "svoboda 4241"));
        searches.put("municipality", Map.of("municipality", "Obec 17"));
        searches.put("status", Map.of("status", "CLOSED"));
        searches.put("key worker = me", Map.of("keyWorker", "me"));
        searches.put("caseload", Map.of("caseload", "mine"));
        searches.put("by name", Map.of("sort", "NAME"));
        String token = Tokens.user("ospod.novakova");
        var statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        awaitQuiet(statistics);
        List<String> report = new ArrayList<>();
        searches.forEach((name, params) -> {
            // Warm up, then measure the first page and the page after it.
            given().auth().oauth2(token).queryParams(params).get("/api/v1/families").then().statusCode(200);
            long[] millis = new long[10];
            // The statement counter is the whole application's (the outbox relay's poll, a consumer applying an
            // event): they add to a request's count, never take from it, so the fewest over the five first pages and
            // over the five next pages are the requests' own.
            long[] fewest = {Long.MAX_VALUE, Long.MAX_VALUE};
            String next = null;
            for (int i = 0; i < millis.length; i++) {
                statistics.clear();
                long start = System.nanoTime();
                var request = given().auth().oauth2(token).queryParams(params);
                if (i % 2 == 1 && next != null) {
                    request.queryParam("after", next);
                }
                Response response = request.get("/api/v1/families");
                millis[i] = (System.nanoTime() - start) / 1_000_000;
                response.then().statusCode(200);
                if (i % 2 == 0) {
                    next = response.path("next");
                }
                fewest[i % 2] = Math.min(fewest[i % 2], statistics.getPrepareStatementCount());
            }
            assertThat(fewest[0]).as(name + ": statements for the first page").isLessThanOrEqualTo(3);
            assertThat(fewest[1]).as(name + ": statements for the next page").isLessThanOrEqualTo(3);
            java.util.Arrays.sort(millis);
            report.add(String.format("%-20s median %4d ms, max %4d ms", name, millis[millis.length / 2], millis[millis.length - 1]));
            assertThat(millis[millis.length / 2]).as(name + " median ms").isLessThan(500);
        });
        System.out.println("--- search latency through the API, 100,000 families / 400,000 members:\n" + String.join("\n", report));
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void openingAFamilyIsAFixedNumberOfStatements() {
        String id = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT id::text FROM family WHERE created_by = 'scale-test' LIMIT 1").getSingleResult().toString());
        var statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        awaitQuiet(statistics);
        // The counter is the whole application's: the outbox relay's poll or a consumer can add to one request's count,
        // never take from it. The fewest of three requests is the request's own.
        long statements = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            statistics.clear();
            given().auth().oauth2(Tokens.user("ospod.novakova")).get("/api/v1/families/" + id).then().statusCode(200);
            statements = Math.min(statements, statistics.getPrepareStatementCount());
        }
        statistics.setStatisticsEnabled(false);
        System.out.println("--- GET family (4 members): " + statements + " SQL statements");
        assertThat(statements).isLessThanOrEqualTo(3);
    }

    /**
     * Waits until the application runs no more statements than its scheduled jobs do (at most 4 in a second, twice in
     * a row): a consumer catching up on events other suites left on the topics would add hundreds to any count.
     */
    static void awaitQuiet(org.hibernate.stat.Statistics statistics) {
        int[] quietSeconds = {0};
        statistics.clear();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120))
                .pollDelay(java.time.Duration.ofSeconds(1)).pollInterval(java.time.Duration.ofSeconds(1))
                .until(() -> {
                    quietSeconds[0] = statistics.getPrepareStatementCount() <= 4 ? quietSeconds[0] + 1 : 0;
                    statistics.clear();
                    return quietSeconds[0] >= 2;
                });
    }
}
