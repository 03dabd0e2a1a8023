package cz.opora.family.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.EventJson;
import cz.opora.events.EventType;
import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static cz.opora.family.TestRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Supervisor approval of a statutory referral (OSPOD Město): the organization's policy goes out as
 * cz.opora.family.approval-policy-set; referral-service's cz.opora.referral.approval-requested opens the approval in
 * the approver role's queue (approvers told, not the requester); the approver's decision goes out as
 * cz.opora.family.approval-decided, never with the return's words.
 */
@QuarkusTest
class ApprovalOfStatutoryReferralTest {
    static final String ACTION = "STATUTORY_REFERRAL";

    @Inject
    EntityManager em;
    @ConfigProperty(name = "opora.topic-prefix")
    String prefix;

    String family(String name) {
        return as("ospod.novakova").body(SampleRequests.family(name)).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
    }

    /** referral-service's event: a referral about the family waits for approval, asked by the user. */
    ObjectNode requested(String family, UUID referral, String user) {
        ObjectNode event = SampleEvents.about(EventType.REFERRAL_APPROVAL_REQUESTED, UUID.fromString(family));
        ((ObjectNode) event.get("data")).put("referralId", referral.toString()).put("organization", "ospod-mesto")
                .put("requestedBy", Tokens.subject(user));
        return event;
    }

    String awaitApproval(UUID referral) {
        return await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    List<?> rows = em.createNativeQuery("SELECT cast(id as text) FROM approval_request WHERE ref_id = ?1")
                            .setParameter(1, referral).getResultList();
                    return rows.isEmpty() ? null : rows.get(0).toString();
                }), java.util.Objects::nonNull);
    }

    long approvalsOf(UUID referral) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM approval_request WHERE ref_id = ?1").setParameter(1, referral).getSingleResult()).longValue());
    }

    /** The events family-service wrote to its outbox, of a type and key, oldest first. */
    @SuppressWarnings("unchecked")
    List<JsonNode> outbox(EventType type, String key) {
        List<String> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT payload FROM outbox_event WHERE event_type = ?1 AND message_key = ?2 ORDER BY seq")
                .setParameter(1, type.type()).setParameter(2, key).getResultList());
        return rows.stream().map(row -> {
            try {
                return EventJson.MAPPER.readTree(row).get("data");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    List<String> queue(String user, String family) {
        return as(user).get("/api/v1/work?kind=APPROVAL_AWAITING&familyId=" + family).then().statusCode(200)
                .extract().jsonPath().getList("items.refId");
    }

    void setPolicy(String role) {
        as("admin.ospod").body("{\"action\": \"" + ACTION + "\", \"approverRole\": \"" + role + "\"}")
                .put("/api/v1/approval-policies").then().statusCode(200);
    }

    void removePolicy() {
        Integer version = as("admin.ospod").get("/api/v1/approval-policies").then().statusCode(200).extract()
                .path("items.find { it.action == '" + ACTION + "' }.version");
        if (version != null) {
            as("admin.ospod").header("If-Match", "\"" + version + "\"").body("{\"action\": \"" + ACTION + "\"}")
                    .put("/api/v1/approval-policies").then().statusCode(204);
        }
    }

    @Test
    void thePolicyGoesOutWhenItChangesAndIsRemovedWithANullRole() {
        removePolicy();
        int before = outbox(EventType.FAMILY_APPROVAL_POLICY_SET, "ospod-mesto").size();
        setPolicy("org-admin");
        removePolicy();
        List<JsonNode> events = outbox(EventType.FAMILY_APPROVAL_POLICY_SET, "ospod-mesto");
        assertThat(events).hasSize(before + 2);
        JsonNode set = events.get(before);
        assertThat(set.get("action").asText()).isEqualTo(ACTION);
        assertThat(set.get("approverRole").asText()).isEqualTo("org-admin");
        assertThat(set.get("updatedBy").asText()).isEqualTo(Tokens.subject("admin.ospod"));
        assertThat(events.get(before + 1).get("approverRole").isNull()).as("removed").isTrue();
    }

    @Test
    void aStatutoryReferralWaitsInTheApproversQueueAndTheDecisionGoesBackWithoutTheReason() {
        setPolicy("org-admin");
        try {
            String family = family("Rodina Zákonná");
            UUID referral = UUID.randomUUID();
            ObjectNode event = requested(family, referral, "ospod.novakova");
            KafkaTestClient.send(prefix + Topics.REFERRAL, family, event.toString());
            String approval = awaitApproval(referral);
            assertThat(queue("admin.ospod", family)).containsExactly(approval);
            as("admin.ospod").get("/api/v1/approvals/" + approval).then().statusCode(200)
                    .body("action", equalTo(ACTION)).body("status", equalTo("PENDING"))
                    .body("familyId", equalTo(family)).body("approverRole", equalTo("org-admin"))
                    .body("payload.referralId", equalTo(referral.toString()))
                    .body("requestedBy", equalTo(Tokens.subject("ospod.novakova")));
            as("admin.ospod").get("/api/v1/notifications").then().statusCode(200)
                    .body("items.find { it.refId == '" + approval + "' }.kind", equalTo("APPROVAL_REQUESTED"));
            as("ospod.novakova").get("/api/v1/notifications").then().statusCode(200)
                    .body("items.find { it.refId == '" + approval + "' }", nullValue());

            // The same event again opens nothing more.
            KafkaTestClient.send(prefix + Topics.REFERRAL, family, event.toString());
            // Only a worker with the approver role decides; the requester has not got it.
            as("ospod.novakova").header("If-Match", "\"0\"").post("/api/v1/approvals/" + approval + "/approval")
                    .then().statusCode(403);
            as("admin.sas").header("If-Match", "\"0\"").post("/api/v1/approvals/" + approval + "/approval")
                    .then().statusCode(404);
            as("admin.ospod").header("If-Match", "\"0\"").post("/api/v1/approvals/" + approval + "/approval")
                    .then().statusCode(200).body("status", equalTo("APPROVED"));
            assertThat(approvalsOf(referral)).isEqualTo(1);
            assertThat(queue("admin.ospod", family)).isEmpty();
            List<JsonNode> decided = outbox(EventType.FAMILY_APPROVAL_DECIDED, family);
            assertThat(decided).singleElement().satisfies(d -> {
                assertThat(d.get("decision").asText()).isEqualTo("APPROVED");
                assertThat(d.get("refType").asText()).isEqualTo("referral");
                assertThat(d.get("refId").asText()).isEqualTo(referral.toString());
                assertThat(d.get("approvalId").asText()).isEqualTo(approval);
                assertThat(d.get("organization").asText()).isEqualTo("ospod-mesto");
                assertThat(d.get("decidedBy").asText()).isEqualTo(Tokens.subject("admin.ospod"));
            });
            as("ospod.novakova").get("/api/v1/families/" + family + "/timeline").then().statusCode(200)
                    .body("items.kind", hasItem("approval.requested")).body("items.kind", hasItem("approval.approved"));

            // Returned: the reason stays here, for the requester; the event says only RETURNED.
            UUID second = UUID.randomUUID();
            KafkaTestClient.send(prefix + Topics.REFERRAL, family, requested(family, second, "ospod.novakova").toString());
            String secondApproval = awaitApproval(second);
            as("admin.ospod").header("If-Match", "\"0\"").body("{\"reason\": \"Matka Jana už s SAS spolupracuje.\"}")
                    .post("/api/v1/approvals/" + secondApproval + "/return").then().statusCode(200)
                    .body("status", equalTo("RETURNED"));
            as("ospod.novakova").get("/api/v1/approvals/" + secondApproval).then()
                    .body("returnReason", equalTo("Matka Jana už s SAS spolupracuje."));
            List<JsonNode> returned = outbox(EventType.FAMILY_APPROVAL_DECIDED, family);
            assertThat(returned).hasSize(2);
            assertThat(returned.get(1).get("decision").asText()).isEqualTo("RETURNED");
            assertThat(returned.get(1).toString()).doesNotContain("Matka").doesNotContain("SAS spolupracuje");
        } finally {
            removePolicy();
        }
    }

    @Test
    void theRequesterDoesNotApproveOwnReferralAndAFamilyHeldElsewhereNeedsNoFile() {
        setPolicy("org-admin");
        try {
            // The org-admin asked (its own statutory referral): another org-admin would decide, not the requester.
            String family = family("Rodina Vlastní");
            UUID own = UUID.randomUUID();
            KafkaTestClient.send(prefix + Topics.REFERRAL, family, requested(family, own, "admin.ospod").toString());
            String ownApproval = awaitApproval(own);
            as("admin.ospod").get("/api/v1/notifications").then().statusCode(200)
                    .body("items.find { it.refId == '" + ownApproval + "' }", nullValue());
            as("admin.ospod").header("If-Match", "\"0\"").post("/api/v1/approvals/" + ownApproval + "/approval")
                    .then().statusCode(409).body("type", endsWith("second-person-required"));
            assertThat(outbox(EventType.FAMILY_APPROVAL_DECIDED, family)).isEmpty();

            // An onward statutory referral of a family whose file is another organization's: no file here.
            String elsewhere = UUID.randomUUID().toString();
            UUID onward = UUID.randomUUID();
            KafkaTestClient.send(prefix + Topics.REFERRAL, elsewhere, requested(elsewhere, onward, "ospod.novakova").toString());
            String onwardApproval = awaitApproval(onward);
            as("admin.ospod").get("/api/v1/approvals/" + onwardApproval).then().statusCode(200)
                    .body("familyId", nullValue()).body("payload.familyId", equalTo(elsewhere));
            as("admin.ospod").header("If-Match", "\"0\"").post("/api/v1/approvals/" + onwardApproval + "/approval")
                    .then().statusCode(200).body("status", equalTo("APPROVED"));
            assertThat(outbox(EventType.FAMILY_APPROVAL_DECIDED, elsewhere)).singleElement()
                    .satisfies(d -> assertThat(d.get("familyId").asText()).isEqualTo(elsewhere));
        } finally {
            removePolicy();
        }
    }
}
