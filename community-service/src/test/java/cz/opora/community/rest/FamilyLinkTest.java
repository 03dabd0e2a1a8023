package cz.opora.community.rest;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.community.CommunityFixture;
import cz.opora.events.Topics;
import cz.opora.testing.FamilyEvents;
import cz.opora.testing.FamilyEvents.Family;
import cz.opora.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cz.opora.community.CommunityFixture.NZDM;
import static cz.opora.community.CommunityFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A client linked, with the client's agreement, to a member of NZDM Kotva's own case file: only a family of the
 * caller's organization (another organization's family answers exactly like a missing one: 400 naming familyId), only a member of it;
 * the family's timeline hears of it; every read of the link is audited once; the family's erasure takes the link.
 */
@QuarkusTest
class FamilyLinkTest {
    @Inject
    EntityManager em;

    static String link(UUID familyId, UUID memberId) {
        return "{\"familyId\": \"" + familyId + "\", \"memberId\": \"" + memberId + "\", \"agreedOn\": \"" + LocalDate.now() + "\"}";
    }

    long audits(String endpoint, UUID familyId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM audit_entry "
                        + "WHERE endpoint = ?1 AND cast(?2 as uuid) = ANY(resource_ids)").setParameter(1, endpoint)
                .setParameter(2, familyId.toString()).getSingleResult()).longValue());
    }

    @Test
    void aClientIsLinkedOnlyToAMemberOfTheOrganizationsOwnFile() {
        Family own = CommunityFixture.family("nzdm-kotva");
        Family others = CommunityFixture.family("sas-jih");
        String client = CommunityFixture.client(NZDM, "AGE_15_17");
        String url = "/api/v1/anonymous-clients/" + client + "/family-link";

        as(NZDM).get(url).then().statusCode(404);
        as(NZDM).body(link(own.id(), own.childId())).put(url).then().statusCode(428);
        io.restassured.path.json.JsonPath otherOrg = as(NZDM).header("If-Match", "\"0\"").body(link(others.id(), others.childId()))
                .put(url).then().statusCode(400).extract().jsonPath();
        io.restassured.path.json.JsonPath missing = as(NZDM).header("If-Match", "\"0\"").body(link(UUID.randomUUID(), others.childId()))
                .put(url).then().statusCode(400).extract().jsonPath();
        for (String field : List.of("type", "title", "detail", "status", "errors")) {
            assertThat(otherOrg.getString(field)).as("another organization's family answers as a missing one: " + field)
                    .isEqualTo(missing.getString(field));
        }
        as(NZDM).header("If-Match", "\"0\"").body(link(own.id(), others.childId())).put(url).then().statusCode(400)
                .body("errors[0].field", equalTo("memberId"));

        as(NZDM).header("If-Match", "\"0\"").body(link(own.id(), own.childId())).put(url).then().statusCode(200)
                .body("familyId", equalTo(own.id().toString())).body("memberId", equalTo(own.childId().toString()))
                .header("ETag", "\"1\"");
        as(NZDM).get("/api/v1/anonymous-clients/" + client).then().statusCode(200).body("linkedToFamily", equalTo(true))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("familyId")));
        as(NZDM).get(url).then().statusCode(200).body("memberId", equalTo(own.childId().toString()));
        assertThat(audits("GET /api/v1/anonymous-clients/{id}/family-link", own.id())).as("one read, one audit row").isEqualTo(1);
        assertThat(audits("PUT /api/v1/anonymous-clients/{id}/family-link", own.id())).isEqualTo(1);
        // A read of the client itself reads nothing of the family: no audit row.
        assertThat(audits("GET /api/v1/anonymous-clients/{id}", own.id())).isZero();

        List<JsonNode> activity = KafkaTestClient.eventsAbout(CommunityFixture.prefix() + Topics.COMMUNITY, own.id(), 1,
                "cz.opora.activity.reported");
        assertThat(activity).hasSize(1);
        assertThat(activity.get(0).at("/data/kind").asText()).isEqualTo("community.client-linked");
        assertThat(activity.get(0).at("/data/params/organization").asText()).isEqualTo("nzdm-kotva");
        assertThat(KafkaTestClient.eventsAbout(CommunityFixture.prefix() + Topics.COMMUNITY, own.id(), 1,
                "cz.opora.audit.family-read")).as("the reads go to the family's access log").isNotEmpty();
    }

    @Test
    void theFamilysErasureTakesTheLinkAndLeavesTheClientAnonymous() {
        Family own = CommunityFixture.family("nzdm-kotva");
        String client = CommunityFixture.client(NZDM, "AGE_18_26");
        as(NZDM).header("If-Match", "\"0\"").body(link(own.id(), own.parentId())).put("/api/v1/anonymous-clients/" + client
                + "/family-link").then().statusCode(200);
        FamilyEvents.erase(CommunityFixture.prefix(), own);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(NZDM).get("/api/v1/anonymous-clients/" + client)
                .then().statusCode(200).body("linkedToFamily", equalTo(false)));
        as(NZDM).get("/api/v1/anonymous-clients/" + client + "/family-link").then().statusCode(404);
    }
}
