package cz.opora.conference.domain;

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

import static cz.opora.conference.ConferenceFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 in conference-service: a page of case conferences costs the same number of statements for 5 rows as for
 * 50 (the participants and tasks of the page in one select each, not one lazy select per 16 conferences), and the
 * list's select walks the organization's index in date order: no node throws away more rows than a page needs, with
 * {@value #OTHERS} conferences of {@value #OTHER_ORGANIZATIONS} other organizations in the table.
 */
@QuarkusTest
class ConferenceListCostTest {
    /** The organization of the user who asks for pages (its conferences grow with every test that convenes one). */
    static final String ORGANIZATION = "ospod-mesto";
    /**
     * The organization whose list's plans are bounded: only this test writes its conferences, so the bounds do not
     * depend on what other tests, or earlier runs on the same database, left.
     */
    static final String LIST_ORGANIZATION = "plan-list-own";
    static final int OTHERS = 40_000;
    static final int OTHER_ORGANIZATIONS = 2_000;
    /** ospod-mesto's generated conferences (it convenes them), and those of others it takes part in. */
    static final int OWN = 60;
    static final int TAKES_PART = 20;
    /** Generated conferences are scheduled before this; every other test's are later. */
    static final Instant BEFORE = Instant.parse("1950-01-01T00:00:00Z");
    static final int PAGE = 50;

    @Inject
    EntityManager em;
    @Inject
    CaseConferenceRepository conferences;

    @BeforeEach
    void data() {
        GeneratedData.once(em, "SELECT count(*) FROM case_conference WHERE organization = '" + LIST_ORGANIZATION + "'", () -> {
            em.createNativeQuery("""
                    INSERT INTO case_conference (id, family_id, organization, organization_type, convener, convener_name,
                                                 purpose, scheduled_for, place, status, created_at, updated_at, version)
                    SELECT gen_random_uuid(), gen_random_uuid(), 'plan-other-' || (i % :orgs), 'OSPOD', 'plan-worker',
                           'Pracovník', 'Účel', timestamptz '2020-01-01' + make_interval(mins => i), 'Místo', 'PLANNED',
                           now(), now(), 0
                    FROM generate_series(1, :others) AS i
                    """).setParameter("orgs", OTHER_ORGANIZATIONS).setParameter("others", OTHERS).executeUpdate();
            // Each organization's own conferences and those it takes part in, before BEFORE; the purpose names the
            // organization the conference was generated for.
            for (String organization : List.of(ORGANIZATION, LIST_ORGANIZATION)) {
                em.createNativeQuery("""
                        INSERT INTO case_conference (id, family_id, organization, organization_type, convener, convener_name,
                                                     purpose, scheduled_for, place, status, created_at, updated_at, version)
                        SELECT gen_random_uuid(), gen_random_uuid(), CASE WHEN i <= :own THEN :org ELSE 'plan-other-' || i END,
                               'OSPOD', 'plan-worker', 'Pracovník', :org, timestamptz '1900-01-01' + make_interval(mins => i),
                               'Místo', 'HELD', now(), now(), 0
                        FROM generate_series(1, :own + :takesPart) AS i
                        """).setParameter("org", organization).setParameter("own", OWN).setParameter("takesPart", TAKES_PART)
                        .executeUpdate();
            }
            // Three worker participants each: the convener's own, and two of other organizations (the organization the
            // conference was generated for among them in those it takes part in); two tasks of the first participant.
            em.createNativeQuery("""
                    INSERT INTO case_conference_participant (id, conference_id, position, kind, organization, organization_type,
                                                             name, invitation, access)
                    SELECT gen_random_uuid(), c.id, p.n, 'WORKER',
                           CASE WHEN p.n = 0 THEN c.organization
                                WHEN p.n = 1 AND c.scheduled_for < :before AND c.organization <> c.purpose THEN c.purpose
                                ELSE 'plan-other-' || ((abs(hashtext(c.id::text)) + p.n) % :orgs) END,
                           'OSPOD', 'Účastník ' || p.n, 'INVITED', CASE WHEN p.n = 0 THEN 'OWN' ELSE 'AWAITING_ACCEPTANCE' END
                    FROM case_conference c CROSS JOIN generate_series(0, 2) AS p(n)
                    WHERE c.organization LIKE 'plan-other-%' OR c.scheduled_for < :before
                    """).setParameter("before", BEFORE).setParameter("orgs", OTHER_ORGANIZATIONS).executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO case_conference_task (id, conference_id, position, what, owner_participant, due_date, status)
                    SELECT gen_random_uuid(), p.conference_id, t.n, 'Úkol ' || t.n, p.id, date '1900-02-01', 'OPEN'
                    FROM case_conference_participant p CROSS JOIN generate_series(0, 1) AS t(n)
                    WHERE p.position = 0 AND p.conference_id IN (SELECT id FROM case_conference WHERE scheduled_for < :before)
                    """).setParameter("before", BEFORE).executeUpdate();
        }, "case_conference", "case_conference_participant", "case_conference_task");
    }

    @Test
    void aPageOfCaseConferencesIsAFixedNumberOfStatements() {
        String after = Cursor.of(BEFORE, UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff")).encode();
        long five = fewestStatements(5, after);
        long fifty = fewestStatements(PAGE, after);
        System.out.println("--- GET case-conferences: 5 rows " + five + " statements, 50 rows " + fifty);
        assertThat(fifty).as("statements for a page of 50 against a page of 5").isEqualTo(five);
        assertThat(fifty).as("the page (convened, taking part), its participants, its tasks, its families, the audit row")
                .isLessThanOrEqualTo(6);
    }

    /** Statements of the request: the fewest of three (sent while serving it, not by the consumers and jobs meanwhile). */
    long fewestStatements(int limit, String after) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            var recorded = RecordedStatements.during(() -> as("ospod.novakova").queryParam("limit", limit)
                    .queryParam("after", after).get("/api/v1/case-conferences"));
            Response response = recorded.result();
            response.then().statusCode(200);
            List<List<Object>> participants = response.path("items.participants");
            assertThat(participants).as("the page").hasSize(limit).allSatisfy(p -> assertThat(p).isNotEmpty());
            List<List<Object>> tasks = response.path("items.findAll { it.organization == '" + ORGANIZATION + "' }.tasks");
            assertThat(tasks).as("the convener's conferences, with their tasks").hasSizeGreaterThanOrEqualTo(limit - TAKES_PART)
                    .allSatisfy(t -> assertThat(t).hasSize(2));
            List<String> page = recorded.ofThePage();
            assertThat(recorded.ofTheRequest().size() - page.size()).as("at most one audit event per family on the page")
                    .isLessThanOrEqualTo(limit);
            fewest = Math.min(fewest, page.size());
        }
        return fewest;
    }

    @Test
    void theListWalksTheOrganizationsConferencesInOrder() {
        List<String> wrong = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (Instant after : new Instant[] {null, BEFORE}) {
            var recorded = RecordedStatements.onThisThreadDuring(() -> QuarkusTransaction.requiringNew().call(() -> conferences.page(
                    LIST_ORGANIZATION, false, Instant.now(), after, after == null ? null : UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"),
                    PAGE + 1)));
            List<CaseConference> rows = recorded.result();
            List<String> statements = recorded.statements();
            assertThat(rows).as("the page").hasSize(PAGE + 1);
            for (String sql : statements) {
                for (String mode : List.of("force_generic_plan", "force_custom_plan")) {
                    JsonNode plan = explain(sql, after, mode);
                    long removed = QueryPlans.removedRows(plan.get("Plan"));
                    long touched = QueryPlans.mostRowsTouched(plan.get("Plan"), "case_conference");
                    String line = String.format("after %s, %s: %d rows removed, at most %d rows of case_conference in a node, "
                            + "%.0f ms, %s", after, mode, removed, touched, plan.path("Execution Time").asDouble(),
                            QueryPlans.scans(plan.get("Plan"), "case_conference"));
                    report.add(line);
                    // The convened conferences: an index walk in order, nothing thrown away. Those the organization
                    // takes part in: through its participants, its own rows only (its participants in conferences it
                    // convened are thrown away: a known limit).
                    if (removed > OWN + TAKES_PART || touched > OWN + TAKES_PART + PAGE + 1) {
                        wrong.add(line + "\n" + sql + "\n" + plan.toPrettyString());
                    }
                }
            }
        }
        System.out.println("--- case conference list, " + OTHERS + " conferences of others:\n" + String.join("\n", report));
        assertThat(wrong).as("plans that read or threw away more rows than a page needs").isEmpty();
    }

    /** EXPLAIN ANALYZE of the recorded statement with the values it was bound to, told by what stands before each. */
    JsonNode explain(String sql, Instant after, String mode) {
        return QueryPlans.explainRecorded(em, sql, before -> {
            if (before.matches("(?s).*organization\\s*(=|<>)$")) {
                return "'" + LIST_ORGANIZATION + "'";
            } else if (before.endsWith("(")) {
                return "timestamptz '" + after + "'";
            } else if (before.endsWith(",")) {
                return "'ffffffff-ffff-ffff-ffff-ffffffffffff'";
            } else if (before.matches("(?s).*(fetch first|limit)$")) {
                return String.valueOf(PAGE + 1);
            }
            throw new AssertionError("a placeholder this test does not know, after: " + before);
        }, mode);
    }
}
