package cz.opora.referral.rest;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.referral.ReferralFixture;
import cz.opora.testing.FamilyEvents.Family;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cz.opora.referral.ReferralFixture.NZDM;
import static cz.opora.referral.ReferralFixture.OSPOD;
import static cz.opora.referral.ReferralFixture.SAS_JIH;
import static cz.opora.referral.ReferralFixture.SAS_SEVER;
import static cz.opora.referral.ReferralFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Referrals through the API against the real stack: lifecycle, who may do what, and what each side sees. */
@QuarkusTest
class ReferralResourceTest {
    static final String REFERRALS = "/api/v1/referrals";

    @BeforeEach
    void directory() {
        ReferralFixture.directory();
    }

    static String draft(String user, String body) {
        return as(user).body(body).post(REFERRALS).then().statusCode(201).extract().path("id");
    }

    static Response act(String user, String id, String action, String body) {
        return as(user).body(body == null ? "{}" : body).post(REFERRALS + "/" + id + "/" + action);
    }

    @Test
    void aReferralGoesFromDraftToClosedAndTheRecipientSeesTheFamilyOnlyFromAcceptance() {
        Family family = ReferralFixture.family(SAS_JIH);
        UUID consent = ReferralFixture.consent(family, null, "NZDM", "BASIC", "SCHOOL");
        String id = draft(SAS_JIH.worker(), ReferralFixture.referral(family, NZDM.id(), "URGENT", consent, null));

        as(SAS_JIH.worker()).get(REFERRALS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("scopes", contains("BASIC", "SCHOOL"))
                .body("family.name", equalTo("Rodina Referralová"))
                .body("family.children[0].firstName", equalTo("Jakub"))
                .body("recipient.type", equalTo("NZDM"))
                .body("sender.workerName", equalTo("Martin Dvořák"))
                .body("allowedActions", contains("EDIT", "SEND", "WITHDRAW"));
        as(NZDM.worker()).get(REFERRALS + "/" + id).then().statusCode(404);

        act(SAS_JIH.worker(), id, "sending", null).then().statusCode(200)
                .body("status", equalTo("SENT")).body("dueAt", not(nullValue()));
        as(NZDM.worker()).get(REFERRALS + "/" + id).then().statusCode(200)
                .body("familyId", nullValue())
                .body("family.name", nullValue())
                .body("family.municipality", equalTo("Brno"))
                .body("family.children[0].firstName", nullValue())
                .body("family.children[0].ageYears", equalTo(14))
                .body("reason", containsString("afternoons"))
                .body("allowedActions", contains("ACCEPT", "DECLINE"));
        as(NZDM.worker()).queryParam("direction", "incoming").queryParam("status", "SENT").get(REFERRALS).then()
                .statusCode(200).body("items.id", hasItem(id));

        act(NZDM.worker(), id, "acceptance", "{\"note\": \"Ondřej from the club will call the mother.\"}").then()
                .statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("familyId", equalTo(family.id().toString()))
                .body("family.name", equalTo("Rodina Referralová"))
                .body("recipient.workerName", equalTo("Jakub Svoboda"))
                .body("answeredInTime", equalTo(true));
        act(NZDM.worker(), id, "start", null).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        act(NZDM.worker(), id, "completion", "{\"outcome\": \"GOALS_PARTLY_MET\", \"report\": \"Came 14 times.\"}")
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("outcome", equalTo("GOALS_PARTLY_MET"));
        as(SAS_JIH.worker()).get(REFERRALS + "/" + id).then().body("outcomeReport", equalTo("Came 14 times."))
                .body("allowedActions", contains("CLOSE"));
        act(SAS_JIH.worker(), id, "closure", null).then().statusCode(200).body("status", equalTo("CLOSED"));

        List<JsonNode> events = ReferralFixture.referralEvents(family, 5, "cz.opora.referral.sent",
                "cz.opora.referral.accepted", "cz.opora.referral.completed", "cz.opora.access.granted",
                "cz.opora.access.revoked");
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("cz.opora.referral.sent",
                "cz.opora.referral.accepted", "cz.opora.access.granted", "cz.opora.referral.completed",
                "cz.opora.access.revoked");
        JsonNode grant = events.get(2).get("data");
        assertThat(grant.get("organization").asText()).isEqualTo(NZDM.id());
        assertThat(grant.get("reason").asText()).isEqualTo("REFERRAL");
        assertThat(grant.get("reasonId").asText()).isEqualTo(id);
        assertThat(grant.get("consentId").asText()).isEqualTo(consent.toString());
        assertThat(grant.get("memberIds")).extracting(JsonNode::asText).containsExactly(family.secondChildId().toString());
        assertThat(events.get(4).get("data").get("grantId")).isEqualTo(grant.get("grantId"));
        assertThat(events.get(3).get("data").get("outcome").asText()).isEqualTo("GOALS_PARTLY_MET");
        assertThat(events.get(0).toString()).as("no free text in events").doesNotContain("afternoons");
    }

    @Test
    void aDraftRepeatedWithItsIdempotencyKeyIsTheSameDraft() {
        Family family = ReferralFixture.family(SAS_JIH);
        UUID consent = ReferralFixture.consent(family, NZDM.id(), null, "BASIC");
        String body = ReferralFixture.referral(family, NZDM.id(), "ROUTINE", consent, null);
        String key = UUID.randomUUID().toString();
        String first = as(SAS_JIH.worker()).header("Idempotency-Key", key).body(body).post(REFERRALS)
                .then().statusCode(201).extract().path("id");
        as(SAS_JIH.worker()).header("Idempotency-Key", key).body(body).post(REFERRALS).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(REFERRALS + "/" + first))
                .body("id", equalTo(first)).body("status", equalTo("DRAFT"));
        as(SAS_JIH.worker()).queryParam("direction", "outgoing").queryParam("status", "DRAFT").queryParam("limit", 100)
                .get(REFERRALS).then().statusCode(200)
                .body("items.findAll { it.familyId == '" + family.id() + "' }.size()", equalTo(1));
        // Without the key, a repeat is a new request: a second draft.
        as(SAS_JIH.worker()).body(body).post(REFERRALS).then().statusCode(201).body("id", not(equalTo(first)));
    }

    @Test
    void anImpossibleTransitionAnswers409NamingTheCurrentStateAndTheOtherSide403() {
        Family family = ReferralFixture.family(SAS_JIH);
        UUID consent = ReferralFixture.consent(family, NZDM.id(), null, "BASIC");
        String id = draft(SAS_JIH.worker(), ReferralFixture.referral(family, NZDM.id(), "ROUTINE", consent, null));

        act(SAS_JIH.worker(), id, "closure", null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentStatus", equalTo("DRAFT")).body("detail", containsString("DRAFT"));
        act(SAS_JIH.worker(), id, "sending", null).then().statusCode(200);
        act(SAS_JIH.worker(), id, "sending", null).then().statusCode(409).body("currentStatus", equalTo("SENT"));
        as(SAS_JIH.worker()).header("If-Match", "\"1\"").body(ReferralFixture.referral(family, NZDM.id(), "URGENT", consent, null))
                .put(REFERRALS + "/" + id).then().statusCode(409).body("currentStatus", equalTo("SENT"));
        act(SAS_JIH.worker(), id, "acceptance", null).then().statusCode(403)
                .body("detail", containsString("Only the recipient may accept"));
        act(NZDM.worker(), id, "withdrawal", null).then().statusCode(403);
        act(NZDM.worker(), id, "decline", "{\"reasonCode\": \"NO_CAPACITY\"}").then().statusCode(400)
                .body("errors.field", hasItem("note"));
        act(NZDM.worker(), id, "decline", "{\"reasonCode\": \"NO_CAPACITY\", \"note\": \"Full until March.\"}")
                .then().statusCode(200).body("status", equalTo("DECLINED")).body("statusReasonCode", equalTo("NO_CAPACITY"));
        act(NZDM.worker(), id, "acceptance", null).then().statusCode(409).body("currentStatus", equalTo("DECLINED"));
        act(SAS_JIH.worker(), id, "withdrawal", null).then().statusCode(409);
        act(SAS_JIH.worker(), id, "closure", "").then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void editingADraftNeedsItsETagAndAStaleOneIsRefused() {
        Family family = ReferralFixture.family(SAS_JIH);
        UUID consent = ReferralFixture.consent(family, null, "NZDM", "BASIC", "SCHOOL");
        String id = draft(SAS_JIH.worker(), ReferralFixture.referral(family, NZDM.id(), "ROUTINE", consent, null));
        String edited = ReferralFixture.referral(family, NZDM.id(), "URGENT", consent, "[\"SCHOOL\"]");
        ReferralFixture.bare(SAS_JIH.worker()).body(edited).put(REFERRALS + "/" + id).then().statusCode(428);
        as(SAS_JIH.worker()).header("If-Match", "\"0\"").body(edited).put(REFERRALS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("urgency", equalTo("URGENT")).body("scopes", contains("BASIC", "SCHOOL"));
        as(SAS_JIH.worker()).header("If-Match", "\"0\"").body(edited).put(REFERRALS + "/" + id).then().statusCode(412);
        act(SAS_JIH.worker(), id, "withdrawal", null).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertThat(ReferralFixture.outboxTypes(family)).as("a draft withdrawn is nobody else's business").isEmpty();
    }

    @Test
    void anotherOrganizationGets404OnEveryEndpointThatTakesAnId() {
        Family family = ReferralFixture.family(SAS_JIH);
        UUID consent = ReferralFixture.consent(family, null, "NZDM", "BASIC");
        String id = draft(SAS_JIH.worker(), ReferralFixture.referral(family, NZDM.id(), "ROUTINE", consent, null));
        act(SAS_JIH.worker(), id, "sending", null).then().statusCode(200);
        String path = REFERRALS + "/" + id;
        for (String user : List.of(SAS_SEVER.worker(), OSPOD.worker())) {
            as(user).get(path).then().statusCode(404).contentType("application/problem+json");
            as(user).header("If-Match", "\"1\"").body(ReferralFixture.referral(family, NZDM.id(), "ROUTINE", consent, null))
                    .put(path).then().statusCode(404);
            for (String action : List.of("sending", "acceptance", "start", "closure", "withdrawal")) {
                act(user, id, action, null).then().statusCode(404);
            }
            act(user, id, "decline", "{\"reasonCode\": \"OTHER\", \"note\": \"x\"}").then().statusCode(404);
            act(user, id, "completion", "{\"outcome\": \"GOALS_MET\", \"report\": \"x\"}").then().statusCode(404);
            act(user, id, "resumption", "{\"consentId\": \"" + consent + "\"}").then().statusCode(404);
            as(user).queryParam("direction", "OUTGOING").queryParam("familyId", family.id().toString()).get(REFERRALS)
                    .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        }
        as(SAS_JIH.worker()).get(REFERRALS + "/" + UUID.randomUUID()).then().statusCode(404);
        given401(path);
    }

    static void given401(String path) {
        io.restassured.RestAssured.given().get(path).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aReferralWithoutAValidConsentOrStatutoryBasisIsRefusedNamingTheField() {
        Family family = ReferralFixture.family(SAS_JIH);
        UUID toOspod = ReferralFixture.consent(family, OSPOD.id(), null, "BASIC");
        UUID toNzdm = ReferralFixture.consent(family, NZDM.id(), null, "BASIC");

        as(SAS_JIH.worker()).body(ReferralFixture.referral(family, NZDM.id(), "ROUTINE", toOspod, null)).post(REFERRALS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("consentId"))
                .body("errors[0].message", containsString("does not allow sharing with nzdm-kotva"));
        as(SAS_JIH.worker()).body(ReferralFixture.referral(family, NZDM.id(), "ROUTINE", UUID.randomUUID(), null))
                .post(REFERRALS).then().statusCode(400).body("errors[0].field", equalTo("consentId"));
        as(SAS_JIH.worker()).body(ReferralFixture.referral(family, NZDM.id(), "ROUTINE", toNzdm, "[\"ASSESSMENT\"]"))
                .post(REFERRALS).then().statusCode(400).body("errors[0].field", equalTo("scopes"))
                .body("errors[0].message", containsString("ASSESSMENT"));
        as(SAS_JIH.worker()).body(ReferralFixture.referral(family, "no-such-org", "ROUTINE", toNzdm, null))
                .post(REFERRALS).then().statusCode(400).body("errors[0].field", equalTo("recipientOrganization"));
        as(SAS_JIH.worker()).body(ReferralFixture.referral(family, NZDM.id(), "ROUTINE", toNzdm, null)
                        .replace(family.secondChildId().toString(), family.parentId().toString()))
                .post(REFERRALS).then().statusCode(400).body("errors[0].field", equalTo("memberIds[0]"));
        as(SAS_SEVER.worker()).body(ReferralFixture.referral(family, NZDM.id(), "ROUTINE", toNzdm, null))
                .post(REFERRALS).then().statusCode(400).body("errors[0].field", equalTo("familyId"));
        as(SAS_JIH.worker()).body(ReferralFixture.referral(family, NZDM.id(), "ROUTINE", toNzdm, null)
                        .replace("\"basis\": \"CONSENT\"", "\"basis\": \"STATUTORY\", \"statutoryReference\": \"§ 10\"")
                        .replace("\"consentId\": \"" + toNzdm + "\"", "\"consentId\": null"))
                .post(REFERRALS).then().statusCode(400).body("errors[0].field", equalTo("basis"))
                .body("errors[0].message", containsString("OSPOD"));
        as(SAS_JIH.worker()).body(ReferralFixture.referral(family, NZDM.id(), "SOMETIMES", toNzdm, null))
                .post(REFERRALS).then().statusCode(400).body("errors[0].field", equalTo("urgency"));
        as(SAS_JIH.worker()).queryParam("direction", "outgoing").queryParam("familyId", family.id().toString())
                .get(REFERRALS).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void ospodRefersOnTheStatutoryBasisWithItsLegalReference() {
        Family family = ReferralFixture.family(OSPOD);
        String body = """
                {"familyId": "%s", "recipientOrganization": "%s", "reason": "Eviction notice; three children.",
                 "request": "Social activation to keep the housing.", "urgency": "EMERGENCY", "basis": "STATUTORY",
                 "statutoryReference": "§ 10 odst. 4 zákona č. 359/1999 Sb."}""".formatted(family.id(), SAS_JIH.id());
        as(OSPOD.worker()).body(body.replace("\"statutoryReference\": \"§ 10 odst. 4 zákona č. 359/1999 Sb.\"",
                "\"statutoryReference\": \" \"")).post(REFERRALS).then().statusCode(400)
                .body("errors[0].field", equalTo("statutoryReference"));
        String id = draft(OSPOD.worker(), body);
        act(OSPOD.worker(), id, "sending", null).then().statusCode(200).body("basis", equalTo("STATUTORY"))
                .body("scopes", contains("BASIC")).body("family.children.size()", equalTo(2));
        act(SAS_JIH.worker(), id, "acceptance", null).then().statusCode(200);
        JsonNode grant = ReferralFixture.referralEvents(family, 1, "cz.opora.access.granted").get(0).get("data");
        assertThat(grant.get("basis").asText()).isEqualTo("STATUTORY");
        assertThat(grant.get("statutoryReference").asText()).isEqualTo("§ 10 odst. 4 zákona č. 359/1999 Sb.");
        assertThat(grant.get("memberIds")).as("the whole family").isEmpty();
    }

    @Test
    void aReferralToAnOrganizationOutsideOporaIsTrackedByTheSenderWithoutGrantingAccess() {
        String school = ReferralFixture.externalSchool();
        Family family = ReferralFixture.family(SAS_JIH);
        UUID consent = ReferralFixture.consent(family, null, "SCHOOL", "BASIC", "SCHOOL");
        String id = draft(SAS_JIH.worker(), ReferralFixture.referral(family, school, "ROUTINE", consent, null));
        act(SAS_JIH.worker(), id, "sending", null).then().statusCode(200)
                .body("recipient.usesOpora", equalTo(false)).body("allowedActions", contains("ACCEPT", "DECLINE", "WITHDRAW"));
        act(SAS_JIH.worker(), id, "acceptance", "{\"note\": \"The class teacher agreed by phone.\"}").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        act(SAS_JIH.worker(), id, "completion", "{\"outcome\": \"GOALS_MET\", \"report\": \"Support plan in place.\"}")
                .then().statusCode(200);
        assertThat(ReferralFixture.outboxTypes(family)).as("no access granted").containsExactly(
                "cz.opora.referral.sent", "cz.opora.activity.reported", "cz.opora.referral.accepted",
                "cz.opora.activity.reported", "cz.opora.referral.completed", "cz.opora.activity.reported");
    }

    @Test
    void countsAndListsFilterByStatusUrgencyAndFamily() throws Exception {
        Family family = ReferralFixture.family(SAS_JIH);
        UUID consent = ReferralFixture.consent(family, null, "NZDM", "BASIC");
        JsonNode before = counts(NZDM.worker());
        String urgent = draft(SAS_JIH.worker(), ReferralFixture.referral(family, NZDM.id(), "URGENT", consent, null));
        String routine = draft(SAS_JIH.worker(), ReferralFixture.referral(family, NZDM.id(), "ROUTINE", consent, null));
        draft(SAS_JIH.worker(), ReferralFixture.referral(family, NZDM.id(), "ROUTINE", consent, null));
        act(SAS_JIH.worker(), urgent, "sending", null).then().statusCode(200);
        act(SAS_JIH.worker(), routine, "sending", null).then().statusCode(200);

        JsonNode after = counts(NZDM.worker());
        assertThat(after.at("/incoming/byStatus/SENT").asLong() - before.at("/incoming/byStatus/SENT").asLong()).isEqualTo(2);
        assertThat(after.at("/incoming/byStatus/DRAFT").isMissingNode()).as("a recipient never counts drafts").isTrue();
        as(NZDM.worker()).queryParam("direction", "INCOMING").queryParam("familyId", family.id().toString())
                .queryParam("urgency", "urgent").get(REFERRALS).then().statusCode(200)
                .body("items.id", contains(urgent));
        as(SAS_JIH.worker()).queryParam("direction", "OUTGOING").queryParam("familyId", family.id().toString())
                .queryParam("limit", "2").get(REFERRALS).then().statusCode(200)
                .body("items.size()", equalTo(2)).body("next", not(nullValue()));
        as(SAS_JIH.worker()).queryParam("direction", "OUTGOING").queryParam("familyId", family.id().toString())
                .queryParam("status", "DRAFT").get(REFERRALS).then().body("items.size()", equalTo(1));
        as(SAS_JIH.worker()).get(REFERRALS).then().statusCode(400).body("errors[0].field", equalTo("direction"));
        as(SAS_JIH.worker()).queryParam("direction", "OUTGOING").queryParam("overdue", "maybe").get(REFERRALS).then()
                .statusCode(400).body("errors[0].field", equalTo("overdue"));
    }

    static JsonNode counts(String user) throws Exception {
        return cz.opora.events.EventJson.MAPPER.readTree(as(user).get(REFERRALS + "/counts").then().statusCode(200)
                .extract().asString());
    }
}
