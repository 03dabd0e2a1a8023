package cz.opora.system;

import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit's reach: every read of a family's data in any service reaches the owning organization's access log in
 * family-service within seconds, with who (login, organization), what (action, route template, service) and why
 * (the referral, conference or match it was read through, and the access grant the reader held). sas-jih owns the
 * family; nzdm-kotva reads it through an accepted referral (the referral view) and through a case conference it was
 * invited to; tutor.benes (doucovani) reads it through his match; the owner's own read of referral-service's copy of
 * the family (which answers no other organization) is there too. A read that was refused (404) leaves nothing.
 */
@ExtendWith(Stack.class)
class AccessLogReachIT {

    static RequestSpecification at(Stack.Service service, String user) {
        return given().baseUri(service.url()).auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    @Test
    void everyReadOfAFamilyElsewhereReachesTheOwnersAccessLog() {
        if (at(Stack.Service.REFERRAL, "nzdm.svoboda").get("/api/v1/organizations/nzdm-kotva").statusCode() == 404) {
            at(Stack.Service.REFERRAL, "admin.nzdm").body("""
                    {"name": "NZDM Kotva", "type": "NZDM", "municipalities": ["Brno"], "services": ["nízkoprahový klub"],
                     "acceptingNewClients": true}""").put("/api/v1/organizations/nzdm-kotva").then().statusCode(201);
        }
        Response registered = Families.register("sas.dvorak", SampleRequests.family("Rodina Čtená Jinde"));
        String familyId = registered.then().statusCode(201).extract().path("id");
        List<String> members = registered.path("members.id");
        String family = "/api/v1/families/" + familyId;
        // The consent names a directory entry: recorded once family-service has learnt the entry from referral-service.
        String sharing = Families.consent("sas.dvorak", familyId, """
                {"givenBy": "%s", "purpose": "SHARING", "recipientOrganization": "nzdm-kotva", "scopes": ["BASIC"],
                 "formReference": "SAS-JIH/2026/AUDIT"}""".formatted(members.get(0)));
        at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "TUTORING", "scopes": ["SCHOOL"], "formReference": "SAS-JIH/2026/AUDIT-T"}"""
                .formatted(members.get(0))).post(family + "/consents").then().statusCode(201);

        // Through a referral: nzdm-kotva accepts it, then reads the referral and referral-service's copy of the family.
        String draft = """
                {"familyId": "%s", "memberIds": ["%s"], "recipientOrganization": "nzdm-kotva", "reason": "Afternoons alone.",
                 "request": "The club.", "urgency": "ROUTINE", "basis": "CONSENT", "consentId": "%s"}"""
                .formatted(familyId, members.get(1), sharing);
        String referral = Families.created(Stack.Service.REFERRAL, "sas.dvorak", "/api/v1/referrals", draft);
        at(Stack.Service.REFERRAL, "sas.dvorak").post("/api/v1/referrals/" + referral + "/sending").then().statusCode(200);
        at(Stack.Service.REFERRAL, "nzdm.svoboda").body("{}").post("/api/v1/referrals/" + referral + "/acceptance")
                .then().statusCode(200);
        at(Stack.Service.REFERRAL, "nzdm.svoboda").get("/api/v1/referrals/" + referral).then().statusCode(200);
        // referral-service's copy of the family answers its owner only (another organization gets 404): read as such.
        Families.inReferralService("nzdm.svoboda", familyId).then().statusCode(404);
        Families.inReferralService("sas.dvorak", familyId).then().statusCode(200);

        // Through a case conference the owner convened and invited nzdm-kotva to (within the same consent).
        String conference = Families.created(Stack.Service.CONFERENCE, "sas.dvorak", "/api/v1/case-conferences", """
                {"familyId": "%s", "purpose": "Who helps with the afternoons.", "scheduledFor": "%s", "place": "SAS Jih"}"""
                .formatted(familyId, Instant.now().plus(Duration.ofDays(5))));
        String participant = at(Stack.Service.CONFERENCE, "sas.dvorak").body("""
                {"kind": "WORKER", "organization": "nzdm-kotva", "organizationType": "NZDM", "name": "Jakub Svoboda"}""")
                .post("/api/v1/case-conferences/" + conference + "/participants").then().statusCode(200)
                .extract().path("participants.find { it.organization == 'nzdm-kotva' }.id");
        at(Stack.Service.CONFERENCE, "sas.dvorak").body("{\"invitation\": \"ACCEPTED\"}")
                .put("/api/v1/case-conferences/" + conference + "/participants/" + participant).then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> at(Stack.Service.CONFERENCE, "nzdm.svoboda")
                .get("/api/v1/case-conferences/" + conference).statusCode() == 200);

        // Through a tutoring match: the programme matches tutor.benes with the child; the tutor reads his match.
        String tutor = Families.tutorBenes();
        String match = Families.created(Stack.Service.TUTORING, "klub.vesela", "/api/v1/matches", """
                {"tutorId": "%s", "familyId": "%s", "childId": "%s", "place": "Brno", "schedule": "Mon 16:00",
                 "school": "ZŠ Merhautova", "schoolClass": "4.A", "sasContactName": "Martin Dvořák", "subjects": ["math"],
                 "goals": "Reading."}""".formatted(tutor, familyId, members.get(1)));
        at(Stack.Service.TUTORING, "tutor.benes").get("/api/v1/matches/" + match).then().statusCode(200);
        Instant lastRead = Instant.now();

        // The owner's org-admin sees each of those reads in family-service's access log.
        String[] grants = new String[2];
        // Each look at the access log is itself in it: look once a second, so that 20 s of looks stay on one page.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonPath log = at(Stack.Service.FAMILY, "admin.sas").get(family + "/access-log?limit=100").then().statusCode(200)
                    .extract().jsonPath();
            Map<String, Object> referralRead = entry(log, "referral-service", "GET /api/v1/referrals/{id}", "nzdm.svoboda");
            assertThat(referralRead).containsEntry("actorOrganization", "nzdm-kotva").containsEntry("action", "referral.read")
                    .containsEntry("throughType", "referral").containsEntry("throughId", referral);
            assertThat(referralRead.get("grantId")).as("the referral's grant").isNotNull();
            grants[0] = (String) referralRead.get("grantId");
            assertThat(entry(log, "referral-service", "GET /api/v1/families/{id}", "sas.dvorak"))
                    .containsEntry("actorOrganization", "sas-jih").containsEntry("action", "family.read")
                    .containsEntry("throughType", null).containsEntry("grantId", null);
            Map<String, Object> conferenceRead = entry(log, "conference-service", "GET /api/v1/case-conferences/{id}",
                    "nzdm.svoboda");
            assertThat(conferenceRead).containsEntry("actorOrganization", "nzdm-kotva")
                    .containsEntry("action", "case-conference.read").containsEntry("throughType", "case-conference")
                    .containsEntry("throughId", conference);
            grants[1] = (String) conferenceRead.get("grantId");
            assertThat(entry(log, "tutoring-service", "GET /api/v1/matches/{id}", "tutor.benes"))
                    .containsEntry("actorOrganization", "doucovani").containsEntry("action", "match.read")
                    .containsEntry("throughType", "match").containsEntry("throughId", match);
        });
        System.out.printf("reads elsewhere in the owner's access log %d ms after the last one%n",
                Duration.between(lastRead, Instant.now()).toMillis());
        assertThat(grants[1]).as("the conference's grant, not the referral's").isNotNull().isNotEqualTo(grants[0]);
        List<Map<String, Object>> items = at(Stack.Service.FAMILY, "admin.sas").get(family + "/access-log?limit=100").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertThat(items).as("the refused read").noneMatch(i -> "referral-service".equals(i.get("service"))
                && "GET /api/v1/families/{id}".equals(i.get("endpoint")) && "nzdm.svoboda".equals(i.get("actor")));
    }

    /** The access log's entry of a read in {@code service} at {@code endpoint} by {@code actor}. */
    static Map<String, Object> entry(JsonPath log, String service, String endpoint, String actor) {
        List<Map<String, Object>> items = log.getList("items");
        return items.stream().filter(i -> service.equals(i.get("service")) && endpoint.equals(i.get("endpoint"))
                        && actor.equals(i.get("actor"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + service + " " + endpoint + " by " + actor + " among the reads "
                        + "elsewhere: " + items.stream().filter(i -> !"family-service".equals(i.get("service"))).toList()));
    }
}
