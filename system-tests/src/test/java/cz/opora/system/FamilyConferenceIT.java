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
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A whole family group conference across the suite: OSPOD refers the family to SAS Jih (so SAS Jih works with it);
 * OSPOD offers a family conference; the mother consents (recorded in family-service); a coordinator of SAS Jih is
 * refused as not independent and rk.koordinator is assigned (and then sees the family in family-service); the
 * conference is held with private family time; the family's plan is accepted and appears in family-service as the
 * family's own plan, and on the family's timeline.
 */
@ExtendWith(Stack.class)
class FamilyConferenceIT {

    static RequestSpecification at(Stack.Service service, String user) {
        return given().baseUri(service.url()).auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    @Test
    void aFamilyConferenceFromReferralToTheFamilysOwnPlanInItsFile() {
        // The family, registered by OSPOD, and SAS Jih working with it on an accepted referral.
        Response registered = at(Stack.Service.FAMILY, "ospod.novakova").body(SampleRequests.family("Rodina Konferenční"))
                .post("/api/v1/families");
        String familyId = registered.then().statusCode(201).extract().path("id");
        List<String> members = registered.path("members.id");
        String mother = members.get(0);
        if (at(Stack.Service.REFERRAL, "sas.dvorak").get("/api/v1/organizations/sas-jih").statusCode() == 404) {
            at(Stack.Service.REFERRAL, "admin.sas").body("""
                    {"name": "SAS Jih", "type": "SAS", "municipalities": ["Brno"], "services": ["SAS"], "acceptingNewClients": true}""")
                    .put("/api/v1/organizations/sas-jih").then().statusCode(201);
        }
        String referralBody = """
                {"familyId": "%s", "recipientOrganization": "sas-jih", "reason": "Housing at risk.",
                 "request": "Social activation.", "urgency": "URGENT", "basis": "STATUTORY",
                 "statutoryReference": "§ 10 odst. 4 zákona č. 359/1999 Sb."}""".formatted(familyId);
        String[] referral = new String[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response r = at(Stack.Service.REFERRAL, "ospod.novakova").body(referralBody).post("/api/v1/referrals");
            referral[0] = r.statusCode() == 201 ? r.path("id") : null;
            return referral[0] != null;
        });
        at(Stack.Service.REFERRAL, "ospod.novakova").post("/api/v1/referrals/" + referral[0] + "/sending").then().statusCode(200);
        at(Stack.Service.REFERRAL, "sas.dvorak").body("{}").post("/api/v1/referrals/" + referral[0] + "/acceptance")
                .then().statusCode(200);

        // OSPOD offers the conference; the mother consents (the signed form goes into the family's consent ledger).
        String consentId = at(Stack.Service.FAMILY, "ospod.novakova").body("""
                {"givenBy": "%s", "purpose": "FAMILY_CONFERENCE", "formReference": "OSPOD/2026/RK-1"}""".formatted(mother))
                .post("/api/v1/families/" + familyId + "/consents").then().statusCode(201).extract().path("id");
        String offer = """
                {"familyId": "%s", "concern": "The children are alone at night.",
                 "question": "How will the family keep the children safe at night?",
                 "bottomLines": ["An adult is with the children every night."]}""".formatted(familyId);
        String[] conference = new String[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response r = at(Stack.Service.CONFERENCE, "ospod.novakova").body(offer).post("/api/v1/family-conferences");
            conference[0] = r.statusCode() == 201 ? r.path("id") : null;
            return conference[0] != null;
        });
        String fgc = "/api/v1/family-conferences/" + conference[0];
        String decision = """
                {"decision": "CONSENTED", "memberId": "%s", "consentId": "%s"}""".formatted(mother, consentId);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() ->
                at(Stack.Service.CONFERENCE, "ospod.novakova").body(decision).post(fgc + "/family-decision").statusCode() == 200);

        // The coordinator: SAS Jih's is not independent (it works with the family); rk.koordinator is assigned.
        String sasCoordinator = at(Stack.Service.CONFERENCE, "admin.sas").body("""
                {"name": "Eva Králová", "languages": ["czech"], "gender": "FEMALE"}""").post("/api/v1/coordinators")
                .then().statusCode(201).extract().path("id");
        String rkCoordinator = CoordinatorProfiles.radka();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> at(Stack.Service.CONFERENCE, "rk.koordinator")
                .get(fgc + "/coordinator-candidates").then().statusCode(200)
                .body("find { it.coordinatorId == '" + sasCoordinator + "' }.independent", equalTo(false)));
        at(Stack.Service.CONFERENCE, "rk.koordinator").body("{\"coordinatorId\": \"" + sasCoordinator + "\"}")
                .put(fgc + "/coordinator").then().statusCode(409).body("detail", containsString("works with the family"));
        at(Stack.Service.CONFERENCE, "rk.koordinator").body("{\"coordinatorId\": \"" + rkCoordinator + "\"}")
                .put(fgc + "/coordinator").then().statusCode(200).body("status", equalTo("PREPARING"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> at(Stack.Service.FAMILY, "rk.koordinator")
                .get("/api/v1/families/" + familyId).then().statusCode(200));

        // Preparation and the conference, with private family time.
        at(Stack.Service.CONFERENCE, "rk.koordinator").body("{\"kind\": \"FAMILY_MEMBER\", \"memberId\": \"" + mother + "\"}")
                .post(fgc + "/invitees").then().statusCode(200);
        at(Stack.Service.CONFERENCE, "rk.koordinator").body("{\"kind\": \"NETWORK\", \"name\": \"Marie Nováková\", \"relation\": \"babička\"}")
                .post(fgc + "/invitees").then().statusCode(200);
        at(Stack.Service.CONFERENCE, "rk.koordinator").body("{\"scheduledFor\": \"" + Instant.now().plus(Duration.ofDays(7))
                + "\", \"place\": \"Komunitní centrum\"}").put(fgc + "/arrangements").then().statusCode(200);
        for (String phase : List.of("information-sharing", "private-family-time", "plan-presentation")) {
            at(Stack.Service.CONFERENCE, "rk.koordinator").body("{}").post(fgc + "/" + phase).then().statusCode(200);
        }
        at(Stack.Service.CONFERENCE, "rk.koordinator").body("""
                {"title": "Děti nejsou v noci samy", "reviewDate": "%s",
                 "items": [{"what": "Babička spí u dětí, když má maminka noční", "whoKind": "FRIEND", "whoName": "babička Marie",
                            "byWhen": "%s", "howWeKnow": "Děti řeknou, kdo s nimi byl"},
                           {"what": "Maminka požádá o denní směny", "whoKind": "MEMBER", "whoMemberId": "%s",
                            "byWhen": "%s", "howWeKnow": "Rozpis směn"}],
                 "ifItDoesNotWork": "Sejdeme se znovu."}""".formatted(LocalDate.now().plusMonths(3), LocalDate.now().plusDays(7),
                        mother, LocalDate.now().plusDays(14))).put(fgc + "/plan").then().statusCode(200);
        at(Stack.Service.CONFERENCE, "ospod.novakova").body("{\"decision\": \"ACCEPTED\"}").post(fgc + "/plan-decision")
                .then().statusCode(200).body("status", equalTo("PLAN_ACCEPTED"));

        // The plan is the family's own in its file, and on its timeline.
        String plans = "/api/v1/families/" + familyId + "/plans";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> at(Stack.Service.FAMILY, "ospod.novakova").get(plans)
                .then().statusCode(200).body("items.source", hasItem("FAMILY_CONFERENCE")));
        String planId = at(Stack.Service.FAMILY, "ospod.novakova").get(plans).path("items.find { it.source == 'FAMILY_CONFERENCE' }.id");
        at(Stack.Service.FAMILY, "ospod.novakova").get(plans + "/" + planId).then().statusCode(200)
                .body("familyAuthored", equalTo(true)).body("title", equalTo("Děti nejsou v noci samy"))
                .body("ifItDoesNotWork", equalTo("Sejdeme se znovu."))
                .body("goals.what", contains("Babička spí u dětí, když má maminka noční", "Maminka požádá o denní směny"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> at(Stack.Service.FAMILY, "ospod.novakova")
                .get("/api/v1/families/" + familyId + "/timeline?limit=100").then().statusCode(200)
                .body("items.kind", hasItem("plan.agreed")).body("items.kind", hasItem("conference.held")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> at(Stack.Service.FAMILY, "rk.koordinator")
                .get("/api/v1/families/" + familyId).then().statusCode(404));
    }
}
