package cz.opora.family.rest;

import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cz.opora.family.TestRequests.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening a family (issue 21: it ran the family with its members through {@code select distinct}, then a second,
 * lazy select of the team, then the audit insert) is one select of the family with members and team, and the audit
 * row in the same transaction: two statements. The view stays whole: each member once, in order, the team in order,
 * with two members and a team of two (the join's rows are members times team).
 */
@QuarkusTest
class FamilyReadStatementsTest {
    @Inject
    SessionFactory sessionFactory;

    @Test
    void openingAFamilyIsOneSelectAndTheAuditRow() {
        String id = as("sas.dvorak").body(SampleRequests.family("Rodina Čtená " + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/families").then().statusCode(201).extract().path("id");
        String path = "/api/v1/families/" + id;
        String etag = as("sas.dvorak").get(path).then().statusCode(200).extract().header("ETag");
        as("sas.dvorak").header("If-Match", etag).body("""
                {"keyWorker": {"id": "%s"},
                 "members": [{"worker": {"id": "%s"}, "role": "FAMILY_ASSISTANT"},
                             {"worker": {"id": "%s"}, "role": "COMMUNITY_WORKER"}]}"""
                .formatted(Tokens.subject("sas.dvorak"), Tokens.subject("sas.kralova"), Tokens.subject("sas.dvorak")))
                .put(path + "/team").then().statusCode(200);

        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        List<String> seen = new ArrayList<>();
        long fewest = Long.MAX_VALUE;
        try {
            // The counter is the whole application's (the outbox relay's poll, a consumer): it adds to a request's
            // count, never takes from it; the fewest of five requests is the request's own.
            for (int i = 0; i < 5; i++) {
                statistics.clear();
                Response response = as("sas.dvorak").get(path);
                long statements = statistics.getPrepareStatementCount();
                response.then().statusCode(200);
                assertThat(response.<List<String>>path("members.firstName")).as("each member once, in order")
                        .containsExactly("Jana", "Petr");
                assertThat(response.<List<String>>path("team.role")).as("the team, each once")
                        .containsExactlyInAnyOrder("FAMILY_ASSISTANT", "COMMUNITY_WORKER");
                seen.add(statements + " statements, " + statistics.getEntityLoadCount() + " entities loaded");
                fewest = Math.min(fewest, statements);
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        System.out.println("--- GET family (2 members, team of 2): " + seen);
        assertThat(fewest).as("the select of the family with members and team, the audit insert").isEqualTo(2);
    }
}
