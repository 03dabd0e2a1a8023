package cz.opora.tutoring.domain;

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

import static cz.opora.tutoring.TutoringFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 in tutoring-service: a page of matches costs the same number of statements for 5 rows as for 50 (the
 * tutors and the families of the page in one select each), and the list's select walks the organization's index in
 * order, with {@value #OTHERS} matches of {@value #OTHER_ORGANIZATIONS} other organizations in the table.
 */
@QuarkusTest
class MatchListCostTest {
    static final String ORGANIZATION = "doucovani";
    static final String STAFF = "klub.vesela";
    static final int OTHERS = 40_000;
    static final int OTHER_ORGANIZATIONS = 2_000;
    static final int OWN = 120;
    static final Instant BEFORE = Instant.parse("1950-01-01T00:00:00Z");
    static final UUID LAST = UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");
    static final int PAGE = 50;

    @Inject
    EntityManager em;
    @Inject
    TutoringMatchRepository matches;

    @BeforeEach
    void data() {
        GeneratedData.once(em, "SELECT count(*) FROM tutoring_match WHERE organization = 'plan-other-0'", () -> {
            GeneratedData.knownFamilies(em, 10);
            // One tutor of the others' (their matches need one), twenty of the organization's.
            em.createNativeQuery("""
                    INSERT INTO tutor (id, organization, name, subjects, languages, active, created_at, updated_at, version)
                    SELECT ('00000000-0000-0000-0002-' || lpad(i::text, 12, '0'))::uuid,
                           CASE WHEN i = 0 THEN 'plan-other-0' ELSE :org END, 'Doučující ' || i, '{}', '{}', true, now(), now(), 0
                    FROM generate_series(0, 20) AS i
                    """).setParameter("org", ORGANIZATION).executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO tutoring_match (id, organization, tutor_id, family_id, child_id, consent_id, place, schedule,
                                                sas_contact_name, sas_organization, subjects, goals, status,
                                                consecutive_missed, created_at, updated_at, version)
                    SELECT gen_random_uuid(), CASE WHEN own THEN :org ELSE 'plan-other-' || (i % :orgs) END,
                           ('00000000-0000-0000-0002-' || lpad((CASE WHEN own THEN 1 + i % 20 ELSE 0 END)::text, 12, '0'))::uuid,
                           ('00000000-0000-0000-0000-' || lpad((1 + i % 10)::text, 12, '0'))::uuid,
                           ('00000000-0000-0000-0001-' || lpad((1 + i % 10)::text, 12, '0'))::uuid, gen_random_uuid(),
                           'Knihovna', 'Út 15:00', 'Kontakt', 'sas-jih', '{}', 'Cíle', 'ACTIVE', 0, created, created, 0
                    FROM (SELECT i, false AS own, timestamptz '2020-01-01' + make_interval(mins => i) AS created
                          FROM generate_series(1, :others) AS i
                          UNION ALL
                          SELECT i, true, timestamptz '1900-01-01' + make_interval(mins => i) FROM generate_series(1, :own) AS i) g
                    """).setParameter("org", ORGANIZATION).setParameter("orgs", OTHER_ORGANIZATIONS).setParameter("others", OTHERS)
                    .setParameter("own", OWN).executeUpdate();
        }, "known_family", "known_family_member", "tutor", "tutoring_match");
    }

    @Test
    void aPageOfMatchesIsAFixedNumberOfStatements() {
        String after = Cursor.of(BEFORE, LAST).encode();
        long five = fewestStatements(5, after);
        long fifty = fewestStatements(PAGE, after);
        System.out.printf("--- GET matches: 5 rows %d statements, 50 rows %d%n", five, fifty);
        assertThat(fifty).as("statements for a page of 50 against a page of 5").isEqualTo(five);
        assertThat(fifty).as("the page, its tutors, its families, the audit row").isLessThanOrEqualTo(5);
    }

    /** Statements of the request: the fewest of five (sent while serving it, not by the consumers and jobs meanwhile). */
    long fewestStatements(int limit, String after) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            var recorded = RecordedStatements.during(() -> as(STAFF).queryParam("limit", limit).queryParam("after", after)
                    .get("/api/v1/matches"));
            Response response = recorded.result();
            response.then().statusCode(200);
            assertThat(response.<List<String>>path("items.tutorName")).as("the page, each with its tutor").hasSize(limit)
                    .allMatch(name -> name != null && name.startsWith("Doučující"));
            fewest = Math.min(fewest, recorded.ofThePage().size());
        }
        return fewest;
    }

    @Test
    void theListWalksTheOrganizationsIndexInOrder() {
        List<String> wrong = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (Instant after : new Instant[] {null, BEFORE}) {
            var recorded = RecordedStatements.onThisThreadDuring(() -> QuarkusTransaction.requiringNew().call(
                    () -> matches.page(ORGANIZATION, null, after, after == null ? null : LAST, PAGE + 1)));
            assertThat(recorded.result()).as("the page").hasSize(PAGE + 1);
            assertThat(recorded.statements()).as("one select").hasSize(1);
            for (String mode : List.of("force_generic_plan", "force_custom_plan")) {
                JsonNode plan = QueryPlans.explainRecorded(em, recorded.statements().get(0), before -> {
                    if (before.matches("(?s).*organization\\s*=$")) {
                        return "'" + ORGANIZATION + "'";
                    } else if (before.endsWith("(")) {
                        return "timestamptz '" + after + "'";
                    } else if (before.endsWith(",")) {
                        return "'" + LAST + "'";
                    } else if (before.matches("(?s).*(fetch first|limit)$")) {
                        return String.valueOf(PAGE + 1);
                    }
                    throw new AssertionError("a placeholder this test does not know, after: " + before);
                }, mode);
                long removed = QueryPlans.removedRows(plan.get("Plan"));
                long touched = QueryPlans.mostRowsTouched(plan.get("Plan"), "tutoring_match");
                String line = String.format("after %s, %s: %d removed, at most %d rows of tutoring_match in a node, %.0f ms, %s",
                        after, mode, removed, touched, plan.path("Execution Time").asDouble(),
                        QueryPlans.scans(plan.get("Plan"), "tutoring_match"));
                report.add(line);
                if (removed > PAGE + 1 || touched > PAGE + 1) {
                    wrong.add(line + "\n" + plan.toPrettyString());
                }
            }
        }
        System.out.println("--- match list, " + OTHERS + " matches of others:\n" + String.join("\n", report));
        assertThat(wrong).as("plans that read or threw away more rows than a page needs").isEmpty();
    }
}
