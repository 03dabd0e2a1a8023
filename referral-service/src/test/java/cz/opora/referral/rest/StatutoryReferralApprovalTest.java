package cz.opora.referral.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.EventType;
import cz.opora.events.Topics;
import cz.opora.referral.ReferralFixture;
import cz.opora.testing.FamilyEvents.Family;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static cz.opora.referral.ReferralFixture.OSPOD;
import static cz.opora.referral.ReferralFixture.SAS_JIH;
import static cz.opora.referral.ReferralFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * A statutory referral of an organization that requires a supervisor's approval of it (family-service's policy, copied
 * from cz.opora.family.approval-policy-set) waits, unseen by the recipient, until family-service's
 * cz.opora.family.approval-decided sends it or drafts it again.
 */
@QuarkusTest
class StatutoryReferralApprovalTest {
    static final String REFERRALS = "/api/v1/referrals";

    @Inject
    EntityManager em;

    @BeforeEach
    void directory() {
        ReferralFixture.directory();
    }

    static String topic() {
        return ReferralFixture.prefix() + Topics.FAMILY;
    }

    /** family-service's event: the organization requires approval of statutory referrals by a role (null: no more). */
    void policy(String role) {
        ObjectNode event = SampleEvents.sample(EventType.FAMILY_APPROVAL_POLICY_SET);
        event.put("id", UUID.randomUUID().toString()).put("subject", OSPOD.id()).put("time", Instant.now().toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("organization", OSPOD.id()).put("action", "STATUTORY_REFERRAL").put("occurredAt", Instant.now().toString());
        if (role == null) {
            data.putNull("approverRole");
        } else {
            data.put("approverRole", role);
        }
        KafkaTestClient.send(topic(), OSPOD.id(), event.toString());
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM approval_policy_copy WHERE organization = ?1 "
                        + "AND action = 'STATUTORY_REFERRAL'").setParameter(1, OSPOD.id()).getSingleResult()).longValue())
                == (role == null ? 0 : 1));
    }

    /** family-service's event: the approver decided on the referral. */
    static ObjectNode decision(Family family, String referralId, UUID approvalId, String organization, String decision) {
        ObjectNode event = SampleEvents.about(EventType.FAMILY_APPROVAL_DECIDED, family.id());
        ((ObjectNode) event.get("data")).put("refId", referralId).put("approvalId", approvalId.toString())
                .put("organization", organization).put("decision", decision);
        return event;
    }

    static String statutory(Family family) {
        String body = """
                {"familyId": "%s", "recipientOrganization": "%s", "reason": "Eviction notice; three children.",
                 "request": "Social activation to keep the housing.", "urgency": "URGENT", "basis": "STATUTORY",
                 "statutoryReference": "§ 10 odst. 4 zákona č. 359/1999 Sb."}""".formatted(family.id(), SAS_JIH.id());
        return as(OSPOD.worker()).body(body).post(REFERRALS).then().statusCode(201).extract().path("id");
    }

    static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().untilAsserted(() ->
                as(OSPOD.worker()).get(REFERRALS + "/" + id).then().statusCode(200).body("status", equalTo(status)));
    }

    @Test
    void aStatutoryReferralWaitsForApprovalUnseenByTheRecipientAndGoesOnlyOnceApproved() {
        policy("case-manager");
        try {
            Family family = ReferralFixture.family(OSPOD);
            String id = statutory(family);
            ReferralResourceTest.act(OSPOD.worker(), id, "sending", null).then().statusCode(202)
                    .body("status", equalTo("AWAITING_APPROVAL")).body("sentAt", nullValue()).body("dueAt", nullValue());
            as(SAS_JIH.worker()).get(REFERRALS + "/" + id).then().statusCode(404);
            as(SAS_JIH.worker()).queryParam("direction", "incoming").get(REFERRALS).then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            as(SAS_JIH.worker()).get(REFERRALS + "/counts").then().statusCode(200)
                    .body("incoming.byStatus.AWAITING_APPROVAL", nullValue());
            ReferralResourceTest.act(OSPOD.worker(), id, "sending", null).then().statusCode(409)
                    .body("type", endsWith("approval-pending"));
            assertThat(ReferralFixture.outboxTypes(family)).contains(EventType.REFERRAL_APPROVAL_REQUESTED.type())
                    .doesNotContain(EventType.REFERRAL_SENT.type());

            // Another organization's decision about it changes nothing.
            KafkaTestClient.send(topic(), family.id().toString(),
                    decision(family, id, UUID.randomUUID(), SAS_JIH.id(), "APPROVED").toString());
            // Returned: a draft again, the return recorded; the reason stays on the approval in family-service.
            UUID returned = UUID.randomUUID();
            KafkaTestClient.send(topic(), family.id().toString(),
                    decision(family, id, returned, OSPOD.id(), "RETURNED").toString());
            awaitStatus(id, "DRAFT");
            as(OSPOD.worker()).get(REFERRALS + "/" + id).then().body("statusReasonCode", equalTo("APPROVAL_RETURNED"))
                    .body("statusNote", containsString(returned.toString()));
            as(SAS_JIH.worker()).get(REFERRALS + "/" + id).then().statusCode(404);

            // Sent again: it waits again; approved, it is sent as a send does (deadline, recipient, REFERRAL_SENT).
            ReferralResourceTest.act(OSPOD.worker(), id, "sending", null).then().statusCode(202)
                    .body("status", equalTo("AWAITING_APPROVAL")).body("statusReasonCode", nullValue());
            ObjectNode approved = decision(family, id, UUID.randomUUID(), OSPOD.id(), "APPROVED");
            KafkaTestClient.send(topic(), family.id().toString(), approved.toString());
            awaitStatus(id, "SENT");
            as(OSPOD.worker()).get(REFERRALS + "/" + id).then().body("dueAt", not(nullValue()))
                    .body("statusReasonCode", nullValue());
            as(SAS_JIH.worker()).get(REFERRALS + "/" + id).then().statusCode(200).body("status", equalTo("SENT"));
            assertThat(ReferralFixture.referralEvents(family, 1, EventType.REFERRAL_SENT.type())).hasSize(1);

            // The same decision again, and a late return: nothing changes, no second REFERRAL_SENT.
            KafkaTestClient.send(topic(), family.id().toString(), approved.toString());
            KafkaTestClient.send(topic(), family.id().toString(),
                    decision(family, id, UUID.randomUUID(), OSPOD.id(), "RETURNED").toString());
            policy("org-admin");
            as(OSPOD.worker()).get(REFERRALS + "/" + id).then().body("status", equalTo("SENT"));
            assertThat(ReferralFixture.outboxTypes(family).stream()
                    .filter(EventType.REFERRAL_SENT.type()::equals)).hasSize(1);
        } finally {
            policy(null);
        }
    }

    @Test
    void withoutAPolicyAStatutoryReferralIsSentAtOnce() {
        policy(null);
        Family family = ReferralFixture.family(OSPOD);
        String id = statutory(family);
        ReferralResourceTest.act(OSPOD.worker(), id, "sending", null).then().statusCode(200)
                .body("status", equalTo("SENT"));
        as(SAS_JIH.worker()).get(REFERRALS + "/" + id).then().statusCode(200);
    }

    @Test
    void aConsentReferralIsSentAtOnceUnderThePolicy() {
        policy("case-manager");
        try {
            Family family = ReferralFixture.family(OSPOD);
            UUID consent = ReferralFixture.consent(family, null, "SAS", "BASIC");
            String id = ReferralResourceTest.draft(OSPOD.worker(),
                    ReferralFixture.referral(family, SAS_JIH.id(), "URGENT", consent, null));
            ReferralResourceTest.act(OSPOD.worker(), id, "sending", null).then().statusCode(200)
                    .body("status", equalTo("SENT"));
        } finally {
            policy(null);
        }
    }
}
