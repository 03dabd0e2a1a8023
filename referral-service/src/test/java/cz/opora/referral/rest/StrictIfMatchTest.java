package cz.opora.referral.rest;

import cz.opora.referral.ReferralFixture;
import cz.opora.testing.FamilyEvents.Family;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;

import java.util.UUID;

import static cz.opora.referral.ReferralFixture.NZDM;
import static cz.opora.referral.ReferralFixture.SAS_JIH;
import static cz.opora.referral.ReferralFixture.as;
import static cz.opora.referral.ReferralFixture.bare;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Lost-update protection cannot be skipped: a directory entry, a draft and every transition of a referral take the
 * strong ETag of the current version in If-Match (428 without it, 412 when stale or not strong).
 */
@QuarkusTest
class StrictIfMatchTest {

    @Test
    void ifMatchMustBeTheStrongCurrentETag() {
        ReferralFixture.directory();
        String school = "/api/v1/organizations/" + ReferralFixture.externalSchool();
        String change = """
                {"name": "ZŠ Přepsaná", "type": "SCHOOL", "municipalities": ["Brno"], "services": ["x"], "acceptingNewClients": false}""";
        Family family = ReferralFixture.family(SAS_JIH);
        UUID consent = ReferralFixture.consent(family, null, "NZDM", "BASIC");
        String referral = "/api/v1/referrals/" + as(SAS_JIH.worker())
                .body(ReferralFixture.referral(family, NZDM.id(), "ROUTINE", consent, null))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");

        for (String notStrong : new String[] {"*", "W/\"0\""}) {
            as(SAS_JIH.admin()).header("If-Match", notStrong).body(change).put(school)
                    .then().statusCode(412).contentType("application/problem+json").body("type", endsWith("/strong-etag-required"));
            as(SAS_JIH.worker()).header("If-Match", notStrong).body("{}").post(referral + "/sending")
                    .then().statusCode(412).body("type", endsWith("/strong-etag-required"));
        }
        as(SAS_JIH.worker()).get(referral).then().body("status", equalTo("DRAFT"));
        as(SAS_JIH.admin()).header("If-Match", "\"0\"").body(change).put(school).then().statusCode(200).header("ETag", "\"1\"");
        as(SAS_JIH.worker()).header("If-Match", "\"0\"").body("{}").post(referral + "/sending")
                .then().statusCode(200).body("status", equalTo("SENT"));
    }

    @Test
    void everyTransitionOfAReferralRequiresTheCurrentETag() {
        Family family = ReferralFixture.family(SAS_JIH);
        UUID consent = ReferralFixture.consent(family, null, "NZDM", "BASIC");
        String referral = "/api/v1/referrals/" + as(SAS_JIH.worker())
                .body(ReferralFixture.referral(family, NZDM.id(), "ROUTINE", consent, null))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");

        bare(SAS_JIH.worker()).body("{}").post(referral + "/sending").then().statusCode(428)
                .contentType("application/problem+json").body("type", endsWith("/precondition-required"));
        bare(SAS_JIH.worker()).header("If-Match", "\"0\"").body("{}").post(referral + "/sending").then().statusCode(200);
        // The recipient's answer without If-Match, or with the draft's version: refused; the referral stays SENT.
        bare(NZDM.worker()).body("{\"note\": \"x\"}").post(referral + "/acceptance").then().statusCode(428);
        bare(NZDM.worker()).header("If-Match", "\"0\"").body("{\"note\": \"x\"}").post(referral + "/acceptance")
                .then().statusCode(412).body("type", endsWith("/stale"));
        bare(SAS_JIH.worker()).body("{\"note\": \"x\"}").post(referral + "/withdrawal").then().statusCode(428);
        as(SAS_JIH.worker()).get(referral).then().body("status", equalTo("SENT"));
        String tag = as(NZDM.worker()).get(referral).header("ETag");
        bare(NZDM.worker()).header("If-Match", tag).body("{\"note\": \"x\"}").post(referral + "/acceptance")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        bare(NZDM.worker()).body("{}").post(referral + "/start").then().statusCode(428);
        as(NZDM.worker()).get(referral).then().body("status", equalTo("ACCEPTED"));
    }
}
