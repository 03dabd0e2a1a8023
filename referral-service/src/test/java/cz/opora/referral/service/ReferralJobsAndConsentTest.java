package cz.opora.referral.service;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.referral.ReferralFixture;
import cz.opora.testing.FamilyEvents.Family;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static cz.opora.referral.ReferralFixture.NZDM;
import static cz.opora.referral.ReferralFixture.SAS_JIH;
import static cz.opora.referral.ReferralFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * What happens to referrals without anybody calling the API: the overdue job, a consent that ends, a family that
 * is erased. In tests an EMERGENCY referral is due after two seconds and the job looks every second.
 */
@QuarkusTest
class ReferralJobsAndConsentTest {
    static final String REFERRALS = "/api/v1/referrals";

    @BeforeEach
    void directory() {
        ReferralFixture.directory();
    }

    static String sent(Family family, String urgency, UUID consent) {
        String id = as(SAS_JIH.worker()).body(ReferralFixture.referral(family, NZDM.id(), urgency, consent, null))
                .post(REFERRALS).then().statusCode(201).extract().path("id");
        as(SAS_JIH.worker()).post(REFERRALS + "/" + id + "/sending").then().statusCode(200);
        return id;
    }

    @Test
    void aReferralNotAnsweredByItsDeadlineIsMarkedOverdueOnceAndAnEventIsPublished() {
        Family family = ReferralFixture.family(SAS_JIH);
        UUID consent = ReferralFixture.consent(family, null, "NZDM", "BASIC");
        String emergency = sent(family, "EMERGENCY", consent);
        String routine = sent(family, "ROUTINE", consent);

        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> as(NZDM.worker())
                .queryParam("direction", "INCOMING").queryParam("overdue", "true")
                .queryParam("familyId", family.id().toString()).get(REFERRALS).then().statusCode(200)
                .extract().jsonPath().getList("items.id").contains(emergency));
        as(NZDM.worker()).get(REFERRALS + "/" + emergency).then().body("overdue", equalTo(true));
        as(NZDM.worker()).get(REFERRALS + "/" + routine).then().body("overdue", equalTo(false));
        List<JsonNode> overdue = ReferralFixture.referralEvents(family, 1, "cz.opora.referral.overdue");
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).at("/data/referralId").asText()).isEqualTo(emergency);
        assertThat(as(SAS_JIH.worker()).get(REFERRALS + "/counts").then().extract().jsonPath()
                .getLong("outgoing.overdue")).isPositive();

        as(NZDM.worker()).body("{}").post(REFERRALS + "/" + emergency + "/acceptance").then().statusCode(200)
                .body("overdue", equalTo(false)).body("answeredInTime", equalTo(false));
        assertThat(ReferralFixture.outboxTypes(family)).as("marked once, though the job ran every second since")
                .filteredOn("cz.opora.referral.overdue"::equals).hasSize(1);
    }

    @Test
    void aWithdrawnConsentSuspendsEveryOpenReferralOnItAndTheSenderMayResumeOnANewOne() {
        Family family = ReferralFixture.family(SAS_JIH);
        UUID consent = ReferralFixture.consent(family, NZDM.id(), null, "BASIC", "SCHOOL");
        String accepted = sent(family, "ROUTINE", consent);
        as(NZDM.worker()).body("{}").post(REFERRALS + "/" + accepted + "/acceptance").then().statusCode(200);
        String waiting = sent(family, "URGENT", consent);

        ReferralFixture.withdrawConsent(family, consent);
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> "SUSPENDED".equals(
                as(SAS_JIH.worker()).get(REFERRALS + "/" + waiting).then().extract().path("status")));
        for (String id : List.of(accepted, waiting)) {
            as(NZDM.worker()).get(REFERRALS + "/" + id).then().statusCode(200)
                    .body("status", equalTo("SUSPENDED"))
                    .body("statusReasonCode", equalTo("CONSENT_WITHDRAWN"))
                    .body("statusNote", equalTo("The family withdrew the consent this referral relied on."))
                    .body("familyId", equalTo(null))
                    .body("allowedActions", org.hamcrest.Matchers.empty());
        }
        as(NZDM.worker()).body("{}").post(REFERRALS + "/" + accepted + "/start").then().statusCode(409)
                .body("currentStatus", equalTo("SUSPENDED"));
        List<JsonNode> events = ReferralFixture.referralEvents(family, 2, "cz.opora.referral.suspended");
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                "cz.opora.referral.suspended", "cz.opora.referral.suspended");
        // family-service ended NZDM's grant itself when the consent was withdrawn: no access.revoked goes back for it.
        assertThat(ReferralFixture.outboxTypes(family)).as("no round trip for a grant the consent's end already ended")
                .doesNotContain("cz.opora.access.revoked");

        as(SAS_JIH.worker()).body("{\"consentId\": \"" + consent + "\"}").post(REFERRALS + "/" + accepted + "/resumption")
                .then().statusCode(400).body("errors[0].field", equalTo("consentId"));
        UUID renewed = ReferralFixture.consent(family, NZDM.id(), null, "BASIC");
        as(SAS_JIH.worker()).body("{\"consentId\": \"" + renewed + "\"}").post(REFERRALS + "/" + accepted + "/resumption")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("consentId", equalTo(renewed.toString()))
                .body("scopes", contains("BASIC"));
        List<JsonNode> grants = ReferralFixture.referralEvents(family, 2, "cz.opora.access.granted");
        assertThat(grants).hasSize(2);
        assertThat(grants.get(1).at("/data/consentId").asText()).isEqualTo(renewed.toString());
        assertThat(grants.get(1).at("/data/scopes")).extracting(JsonNode::asText).containsExactly("BASIC");
    }

    @Test
    void anErasedFileLeavesItsSentReferralsToTheRecipientWithoutTheSendersData() {
        Family family = ReferralFixture.family(SAS_JIH);
        UUID consent = ReferralFixture.consent(family, null, "NZDM", "BASIC");
        String id = sent(family, "ROUTINE", consent);
        as(NZDM.worker()).queryParam("direction", "INCOMING").get(REFERRALS).then().body("items.id", hasItem(id));

        ReferralFixture.erase(family);
        await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> as(NZDM.worker()).get(REFERRALS + "/" + id).path("familyErasedAt") != null);
        as(NZDM.worker()).get(REFERRALS + "/" + id).then().statusCode(200)
                .body("reason", org.hamcrest.Matchers.equalTo("-")).body("request", org.hamcrest.Matchers.equalTo("-"))
                .body("familyId", org.hamcrest.Matchers.nullValue()).body("family", org.hamcrest.Matchers.nullValue())
                .body("status", org.hamcrest.Matchers.equalTo("SENT"));
        as(NZDM.worker()).queryParam("direction", "INCOMING").get(REFERRALS).then().body("items.id", hasItem(id));
    }
}
