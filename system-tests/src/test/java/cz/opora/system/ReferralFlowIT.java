package cz.opora.system;

import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A referral across the suite: the family's consent recorded in family-service reaches referral-service; the
 * recipient's acceptance gives it access to the family in family-service, within the consent; the family withdrawing
 * the consent suspends the referral and ends the access at once.
 */
@ExtendWith(Stack.class)
class ReferralFlowIT {

    static RequestSpecification family(String user) {
        return given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    static RequestSpecification referral(String user) {
        return given().baseUri(Stack.Service.REFERRAL.url()).auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    @Test
    void anAcceptedReferralSharesTheFamilyWithinTheConsentUntilTheFamilyWithdrawsIt() {
        if (referral("nzdm.svoboda").get("/api/v1/organizations/nzdm-kotva").statusCode() == 404) {
            referral("admin.nzdm").body("""
                    {"name": "NZDM Kotva", "type": "NZDM", "municipalities": ["Brno"], "services": ["nízkoprahový klub"],
                     "acceptingNewClients": true}""").put("/api/v1/organizations/nzdm-kotva").then().statusCode(201);
        }
        Response registered = Families.register("sas.dvorak", SampleRequests.family("Rodina Odkazovaná"));
        String familyId = registered.then().statusCode(201).extract().path("id");
        List<String> memberIds = registered.path("members.id");
        // The consent names a directory entry: recorded once family-service has learnt the entry from referral-service.
        String consentId = Families.consent("sas.dvorak", familyId, """
                {"givenBy": "%s", "purpose": "SHARING", "recipientOrganization": "nzdm-kotva", "scopes": ["BASIC", "SCHOOL"],
                 "formReference": "SAS-JIH/2026/SYS"}""".formatted(memberIds.get(0)));
        String draft = """
                {"familyId": "%s", "memberIds": ["%s"], "recipientOrganization": "nzdm-kotva",
                 "reason": "Petr spends afternoons alone.", "request": "Individual work in the club.",
                 "urgency": "URGENT", "basis": "CONSENT", "consentId": "%s"}""".formatted(familyId, memberIds.get(1), consentId);

        Instant consented = Instant.now();
        String[] referralId = new String[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Response created = referral("sas.dvorak").body(draft).post("/api/v1/referrals");
            referralId[0] = created.statusCode() == 201 ? created.path("id") : null;
            return referralId[0] != null;
        });
        System.out.printf("consent usable in referral-service %d ms after it was recorded%n",
                Duration.between(consented, Instant.now()).toMillis());
        String id = referralId[0];
        family("nzdm.svoboda").get("/api/v1/families/" + familyId).then().statusCode(404);
        referral("sas.dvorak").post("/api/v1/referrals/" + id + "/sending").then().statusCode(200);
        family("nzdm.svoboda").get("/api/v1/families/" + familyId).then().statusCode(404);

        referral("nzdm.svoboda").body("{}").post("/api/v1/referrals/" + id + "/acceptance").then().statusCode(200);
        Instant accepted = Instant.now();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> family("nzdm.svoboda")
                .get("/api/v1/families/" + familyId).then().statusCode(200)
                .body("members.size()", equalTo(1)).body("members[0].firstName", equalTo("Petr")));
        System.out.printf("family shared with the recipient %d ms after acceptance%n",
                Duration.between(accepted, Instant.now()).toMillis());
        family("nzdm.svoboda").get("/api/v1/shared-families").then().statusCode(200).body("items.familyId", hasItem(familyId));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> family("sas.dvorak")
                .get("/api/v1/families/" + familyId + "/timeline").then().statusCode(200)
                .body("items.kind", hasItem("referral.accepted")));

        String consentTag = family("sas.dvorak").get("/api/v1/families/" + familyId + "/consents/" + consentId)
                .then().statusCode(200).extract().header("ETag");
        family("sas.dvorak").header("If-Match", consentTag).body("{\"note\": \"The mother withdrew it.\"}")
                .post("/api/v1/families/" + familyId + "/consents/" + consentId + "/withdrawal").then().statusCode(200);
        family("nzdm.svoboda").get("/api/v1/families/" + familyId).then().statusCode(404);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> referral("nzdm.svoboda")
                .get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("status", equalTo("SUSPENDED")).body("statusReasonCode", equalTo("CONSENT_WITHDRAWN")));
    }
}
