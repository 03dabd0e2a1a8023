package cz.opora.referral.domain;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.common.rest.Cursor;
import cz.opora.testing.GeneratedData;
import cz.opora.testing.QueryPlans;
import cz.opora.testing.RecordedStatements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cz.opora.referral.ReferralFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 in referral-service: a page of the inbox or the outbox costs the same number of statements for 5 rows as
 * for 50 (the families and the organizations' names of the page in one select each), and each list's select, with
 * every filter, walks an index in the list's order: no node throws away more rows than a page needs, with
 * {@value #OTHERS} referrals between {@value #OTHER_ORGANIZATIONS} other organizations in the table. The plans are
 * those of the statements the repository really sends, with the values they were bound to, generic (the plan
 * PostgreSQL may keep for a statement the driver prepared on the server) and custom.
 */
@QuarkusTest
class ReferralListCostTest {
    static final String ORGANIZATION = "sas-jih";
    static final String WORKER = "sas.dvorak";
    static final int OTHERS = 40_000;
    static final int OTHER_ORGANIZATIONS = 2_000;
    /** sas-jih's generated referrals, received and sent (a large organization's); of 10 families with two members each. */
    static final int OWN = 20_000;
    /** Generated referrals were created before this; every other test's later. */
    static final Instant BEFORE = Instant.parse("1950-01-01T00:00:00Z");
    static final UUID LAST = UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");
    static final int PAGE = 50;

    @Inject
    EntityManager em;
    @Inject
    ReferralRepository referrals;

    @BeforeEach
    void data() {
        GeneratedData.once(em, "SELECT count(*) FROM referral WHERE sender_organization = 'plan-other-0'", () -> {
            GeneratedData.knownFamilies(em, 10);
            // Others' referrals, then sas-jih's: every other one received (sent to it), the others sent by it; all
            // statuses and urgencies; no deadline passes (the overdue job would take them while the test records).
            em.createNativeQuery("""
                    INSERT INTO referral (id, family_id, member_ids, sender_organization, sender_type, sender_worker,
                                          sender_worker_name, recipient_organization, recipient_type, recipient_uses_opora,
                                          reason, request, urgency, basis, statutory_reference, scopes, status, created_at,
                                          sent_at, due_at, updated_at, version)
                    SELECT gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad((1 + i % 10)::text, 12, '0'))::uuid, '{}',
                           CASE WHEN own AND i % 2 = 0 THEN :org ELSE 'plan-other-' || (i % :orgs) END, 'OSPOD', 'plan-worker',
                           'Pracovník', CASE WHEN own AND i % 2 = 1 THEN :org ELSE 'plan-other-' || ((i + 7) % :orgs) END,
                           'SAS', true, 'Důvod', 'Žádost', (ARRAY['ROUTINE','URGENT','EMERGENCY'])[1 + i % 3], 'STATUTORY',
                           '§ 10 zákona č. 359/1999 Sb.', 'IDENTITY',
                           (ARRAY['DRAFT','SENT','SENT','ACCEPTED','IN_PROGRESS','COMPLETED','DECLINED'])[1 + i % 7],
                           created, created, timestamptz '2200-01-01', created, 0
                    FROM (SELECT i, false AS own, timestamptz '2020-01-01' + make_interval(mins => i) AS created
                          FROM generate_series(1, :others) AS i
                          UNION ALL
                          SELECT i, true, timestamptz '1900-01-01' + make_interval(mins => i) FROM generate_series(1, :own) AS i) g
                    """).setParameter("org", ORGANIZATION).setParameter("orgs", OTHER_ORGANIZATIONS).setParameter("others", OTHERS)
                    .setParameter("own", OWN).executeUpdate();
        }, "known_family", "known_family_member", "referral");
    }

    @Test
    void aPageOfTheInboxOrTheOutboxIsAFixedNumberOfStatements() {
        String after = Cursor.of(BEFORE, LAST).encode();
        for (String direction : List.of("INCOMING", "OUTGOING")) {
            long five = fewestStatements(direction, 5, after);
            long fifty = fewestStatements(direction, PAGE, after);
            System.out.printf("--- GET referrals %s: 5 rows %d statements, 50 rows %d%n", direction, five, fifty);
            assertThat(fifty).as(direction + ": statements for a page of 50 against a page of 5").isEqualTo(five);
            assertThat(fifty).as(direction + ": the page, its families, the organizations' names, the audit row")
                    .isLessThanOrEqualTo(4);
        }
    }

    /** Statements of the request: the fewest of three (sent while serving it, not by the consumers and jobs meanwhile). */
    long fewestStatements(String direction, int limit, String after) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            var recorded = RecordedStatements.during(() -> as(WORKER).queryParam("direction", direction).queryParam("limit", limit)
                    .queryParam("after", after).get("/api/v1/referrals"));
            Response response = recorded.result();
            response.then().statusCode(200);
            assertThat(response.<List<Object>>path("items")).as("the page").hasSize(limit);
            fewest = Math.min(fewest, recorded.ofThePage().size());
        }
        return fewest;
    }

    @Test
    void everyListWalksAnIndexInItsOrder() {
        List<String> wrong = new ArrayList<>();
        List<String> report = new ArrayList<>();
        List<ReferralRepository.Filter> filters = new ArrayList<>();
        for (ReferralRepository.Direction direction : ReferralRepository.Direction.values()) {
            filters.add(new ReferralRepository.Filter(direction, null, null, null, false));
            filters.add(new ReferralRepository.Filter(direction, ReferralStatus.SENT, null, null, false));
            filters.add(new ReferralRepository.Filter(direction, null, Urgency.URGENT, null, false));
        }
        for (ReferralRepository.Filter filter : filters) {
            for (Instant after : new Instant[] {null, BEFORE}) {
                Instant now = Instant.now();
                var recorded = RecordedStatements.onThisThreadDuring(() -> QuarkusTransaction.requiringNew().call(
                        () -> referrals.page(ORGANIZATION, filter, after, after == null ? null : LAST, now, PAGE + 1)));
                List<Referral> rows = recorded.result();
                List<String> statements = recorded.statements();
                assertThat(statements).as("one select").hasSize(1);
                for (String mode : List.of("force_generic_plan", "force_custom_plan")) {
                    JsonNode plan = explain(statements.get(0), filter, after, now, mode);
                    long removed = QueryPlans.removedRows(plan.get("Plan"));
                    long touched = QueryPlans.mostRowsTouched(plan.get("Plan"), "referral");
                    String line = String.format("%s status %s urgency %s, after %s, %s: %d rows, %d removed, at most %d rows "
                                    + "of referral in a node, %.0f ms, %s", filter.direction(), filter.status(), filter.urgency(),
                            after, mode, rows.size(), removed, touched, plan.path("Execution Time").asDouble(),
                            QueryPlans.scans(plan.get("Plan"), "referral"));
                    report.add(line);
                    if (removed > PAGE + 1 || touched > 2L * (PAGE + 1)) {
                        wrong.add(line + "\n" + statements.get(0) + "\n" + plan.toPrettyString());
                    }
                }
            }
        }
        System.out.println("--- referral lists, " + OTHERS + " referrals of others:\n" + String.join("\n", report));
        assertThat(wrong).as("plans that read or threw away more rows than a page needs").isEmpty();
    }

    /** EXPLAIN ANALYZE of the recorded statement with the values it was bound to, told by what stands before each. */
    JsonNode explain(String sql, ReferralRepository.Filter filter, Instant after, Instant now, String mode) {
        return QueryPlans.explainRecorded(em, sql, before -> {
            if (before.matches("(?s).*organization\\s*=$")) {
                return "'" + ORGANIZATION + "'";
            } else if (before.matches("(?s).*status\\s*<>$")) {
                return "'DRAFT'";
            } else if (before.matches("(?s).*status\\s*=$")) {
                return "'" + (filter.overdue() ? ReferralStatus.SENT : filter.status()) + "'";
            } else if (before.matches("(?s).*urgency\\s*=$")) {
                return "'" + filter.urgency() + "'";
            } else if (before.matches("(?s).*due_at\\s*<$")) {
                return "timestamptz '" + now + "'";
            } else if (before.endsWith("(")) {
                return "timestamptz '" + after + "'";
            } else if (before.endsWith(",")) {
                return "'" + LAST + "'";
            } else if (before.matches("(?s).*(fetch first|limit)$")) {
                return String.valueOf(PAGE + 1);
            }
            throw new AssertionError("a placeholder this test does not know, after: " + before);
        }, mode);
    }
}
