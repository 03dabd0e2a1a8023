package cz.opora.referral.rest;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.referral.ReferralFixture;
import cz.opora.testing.FamilyEvents.Family;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static cz.opora.referral.ReferralFixture.NZDM;
import static cz.opora.referral.ReferralFixture.OSPOD;
import static cz.opora.referral.ReferralFixture.SAS_JIH;
import static cz.opora.referral.ReferralFixture.SAS_SEVER;
import static cz.opora.referral.ReferralFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Onward sharing against the real stack: an organization that was given a family on a referral (not its owner) refers
 * on only what it was given, and only while it still holds it. SAS Jih owns the family; SAS Sever was referred one
 * child with BASIC on the family's consent.
 */
@QuarkusTest
class OnwardReferralTest {
    static final String REFERRALS = "/api/v1/referrals";

    Family family;
    UUID consentToSever;
    String given;

    @BeforeEach
    void sasSeverWasGivenOneChildWithBasic() {
        ReferralFixture.directory();
        family = ReferralFixture.family(SAS_JIH);
        consentToSever = ReferralFixture.consent(family, SAS_SEVER.id(), null, "BASIC");
        given = as(SAS_JIH.worker()).body(ReferralFixture.referral(family, SAS_SEVER.id(), "ROUTINE", consentToSever, null))
                .post(REFERRALS).then().statusCode(201).extract().path("id");
        act(SAS_JIH.worker(), given, "sending").then().statusCode(200);
        act(SAS_SEVER.worker(), given, "acceptance").then().statusCode(200);
    }

    static Response act(String user, String id, String action) {
        return as(user).body("{}").post(REFERRALS + "/" + id + "/" + action);
    }

    String statutoryToOspod(String children, String scopes) {
        return """
                {"familyId": "%s", %s "recipientOrganization": "%s", "reason": "Suspected neglect.",
                 "request": "Assess the situation.", "urgency": "URGENT", "basis": "STATUTORY",
                 "statutoryReference": "§ 10 odst. 4 zákona č. 359/1999 Sb."%s}""".formatted(family.id(),
                children == null ? "" : "\"memberIds\": " + children + ",", OSPOD.id(),
                scopes == null ? "" : ", \"scopes\": " + scopes);
    }

    @Test
    void anOrganizationThatWasGivenAFamilyRefersOnOnlyTheChildrenAndScopesItWasGiven() {
        // Naming the child it was not given, or scopes beyond BASIC, is refused and shows it nothing.
        as(SAS_SEVER.worker()).body(statutoryToOspod("[\"" + family.childId() + "\"]", null)).post(REFERRALS).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("memberIds[0]"))
                .body("toString()", org.hamcrest.Matchers.not(containsString("Petr")));
        as(SAS_SEVER.worker()).body(statutoryToOspod(null,
                        "[\"BASIC\", \"CONTACT_DETAILS\", \"SCHOOL\", \"ASSESSMENT\", \"PLANS\", \"CONTACT_RECORDS\"]"))
                .post(REFERRALS).then().statusCode(400).body("errors[0].field", equalTo("scopes"));

        // Without children or scopes named, the draft carries exactly what SAS Sever holds, and shows no more.
        String onward = as(SAS_SEVER.worker()).body(statutoryToOspod(null, null)).post(REFERRALS).then().statusCode(201)
                .body("scopes", contains("BASIC"))
                .body("family.children.memberId", contains(family.secondChildId().toString()))
                .extract().path("id");
        act(SAS_SEVER.worker(), onward, "sending").then().statusCode(200);
        act(OSPOD.worker(), onward, "acceptance").then().statusCode(200)
                .body("family.children.memberId", contains(family.secondChildId().toString()));
        JsonNode grant = ReferralFixture.referralEvents(family, 2, "cz.opora.access.granted").get(1).get("data");
        assertThat(grant.get("organization").asText()).isEqualTo(OSPOD.id());
        assertThat(grant.get("grantor").asText()).isEqualTo(SAS_SEVER.id());
        assertThat(grant.get("memberIds")).extracting(JsonNode::asText).containsExactly(family.secondChildId().toString());
        assertThat(grant.get("scopes")).extracting(JsonNode::asText).containsExactly("BASIC");
        // The owner's timeline learns of the onward referral.
        assertThat(ReferralFixture.referralEvents(family, 4, "cz.opora.activity.reported"))
                .extracting(e -> e.at("/data/kind").asText()).contains("referral.sent-onward");

        // On a consent basis too: the consent covers SCHOOL, SAS Sever holds BASIC only.
        UUID toNzdm = ReferralFixture.consent(family, NZDM.id(), null, "BASIC", "SCHOOL");
        String toNzdmBody = ReferralFixture.referral(family, NZDM.id(), "ROUTINE", toNzdm, null);
        as(SAS_SEVER.worker()).body(toNzdmBody).post(REFERRALS).then().statusCode(201).body("scopes", contains("BASIC"));
        as(SAS_SEVER.worker()).body(ReferralFixture.referral(family, NZDM.id(), "ROUTINE", toNzdm, "[\"SCHOOL\"]"))
                .post(REFERRALS).then().statusCode(400).body("errors[0].field", equalTo("scopes"));
    }

    @Test
    void theSendersStandingIsCheckedAgainAndWhatItSentOnEndsWithIt() {
        String draft = as(SAS_SEVER.worker()).body(statutoryToOspod(null, null)).post(REFERRALS).then().statusCode(201)
                .extract().path("id");
        String sent = as(SAS_SEVER.worker()).body(statutoryToOspod(null, null)).post(REFERRALS).then().statusCode(201)
                .extract().path("id");
        act(SAS_SEVER.worker(), sent, "sending").then().statusCode(200);
        String accepted = as(SAS_SEVER.worker()).body(statutoryToOspod(null, null)).post(REFERRALS).then().statusCode(201)
                .extract().path("id");
        act(SAS_SEVER.worker(), accepted, "sending").then().statusCode(200);
        act(OSPOD.worker(), accepted, "acceptance").then().statusCode(200);

        // The family withdraws the consent SAS Sever was given the family on.
        ReferralFixture.withdrawConsent(family, consentToSever);
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> "SUSPENDED".equals(
                as(SAS_SEVER.worker()).get(REFERRALS + "/" + accepted).path("status")));
        for (String id : List.of(draft, sent, accepted)) {
            as(SAS_SEVER.worker()).get(REFERRALS + "/" + id).then().statusCode(200).body("status", equalTo("SUSPENDED"))
                    .body("statusReasonCode", equalTo("SENDER_ACCESS_ENDED"));
        }
        act(SAS_SEVER.worker(), draft, "sending").then().statusCode(409);
        act(OSPOD.worker(), sent, "acceptance").then().statusCode(409);
        as(SAS_SEVER.worker()).body("{\"statutoryReference\": \"§ 10 odst. 4 zákona č. 359/1999 Sb.\"}")
                .post(REFERRALS + "/" + accepted + "/resumption").then().statusCode(400)
                .body("errors[0].field", equalTo("familyId"));
        // OSPOD's grant from SAS Sever was revoked with it (SAS Sever's own grant ended in family-service with the
        // consent: it is not revoked from here).
        JsonNode grant = ReferralFixture.referralEvents(family, 2, "cz.opora.access.granted").get(1).get("data");
        assertThat(grant.get("organization").asText()).isEqualTo(OSPOD.id());
        assertThat(ReferralFixture.referralEvents(family, 1, "cz.opora.access.revoked"))
                .extracting(e -> e.at("/data/grantId").asText()).containsExactly(grant.get("grantId").asText());
        // A new draft is refused: SAS Sever no longer works with the family.
        as(SAS_SEVER.worker()).body(statutoryToOspod(null, null)).post(REFERRALS).then().statusCode(400)
                .body("errors[0].field", equalTo("familyId"));
    }
}
