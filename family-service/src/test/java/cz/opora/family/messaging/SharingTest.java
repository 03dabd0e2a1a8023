package cz.opora.family.messaging;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.EventType;
import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cz.opora.family.TestRequests.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Sharing with the family's consent, through the real broker: a grant from referral-service lets another
 * organization see the family within the consent's scopes, and a withdrawal ends it at once.
 */
@QuarkusTest
class SharingTest {
    @ConfigProperty(name = "opora.topic-prefix")
    String prefix;

    String family;
    String mother;
    String child;
    String consent;


    @BeforeEach
    void aFamilyWithAConsentToShareWithOspod() {
        cz.opora.family.Directory.ospodMesto();
        Response created = as("sas.dvorak").body("""
                {"name": "Rodina Sdílená", "address": {"street": "Cejl 12", "municipality": "Brno"},
                 "members": [{"firstName": "Jana", "lastName": "Nováková", "role": "PARENT", "phone": "+420 601 111 222"},
                             {"firstName": "Petr", "lastName": "Novák", "role": "CHILD", "birthDate": "2015-09-12",
                              "school": "ZŠ Merhautova", "schoolClass": "4.B"}]}""").post("/api/v1/families");
        family = created.then().statusCode(201).extract().path("id");
        mother = created.path("members[0].id");
        child = created.path("members[1].id");
        consent = as("sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "SHARING", "recipientOrganization": "ospod-mesto", "scopes": ["SCHOOL"],
                 "formReference": "SAS-JIH/2026/1"}""".formatted(mother))
                .post("/api/v1/families/" + family + "/consents").then().statusCode(201).extract().path("id");
        as("sas.dvorak").body("""
                {"date": "%s", "durationMinutes": 30, "type": "PHONE"}""".formatted(LocalDate.now()))
                .post("/api/v1/families/" + family + "/contacts").then().statusCode(201);
    }

    UUID grant(String organization, String type, String basis, List<String> scopes, List<String> members) {
        return grant(organization, type, basis, scopes, members, "sas-jih");
    }

    UUID grant(String organization, String type, String basis, List<String> scopes, List<String> members, String grantor) {
        ObjectNode event = SampleEvents.about(EventType.ACCESS_GRANTED, UUID.fromString(family));
        ObjectNode data = (ObjectNode) event.get("data");
        UUID grantId = UUID.randomUUID();
        data.put("grantId", grantId.toString());
        data.put("reasonId", UUID.randomUUID().toString());
        data.put("organization", organization);
        data.put("organizationType", type);
        data.put("basis", basis);
        if (basis.equals("CONSENT")) {
            data.put("consentId", consent);
        } else {
            data.putNull("consentId");
            data.put("statutoryReference", "§ 10 zákona 359/1999 Sb.");
        }
        ArrayNode scopeArray = data.putArray("scopes");
        scopes.forEach(scopeArray::add);
        ArrayNode memberArray = data.putArray("memberIds");
        members.forEach(memberArray::add);
        data.put("grantor", grantor);
        KafkaTestClient.send(prefix + Topics.REFERRAL, family, event.toString());
        return grantId;
    }

    void revoke(UUID grant) {
        ObjectNode revoked = SampleEvents.about(EventType.ACCESS_REVOKED, UUID.fromString(family));
        ((ObjectNode) revoked.get("data")).put("grantId", grant.toString());
        KafkaTestClient.send(prefix + Topics.REFERRAL, family, revoked.toString());
    }

    @Test
    void ospodSeesWhatTheConsentCoversWhileItHoldsAndNothingAfter() {
        String path = "/api/v1/families/" + family;
        as("ospod.novakova").get(path).then().statusCode(404);

        // The grant asks for assessments too, but the consent covers SCHOOL only.
        grant("ospod-mesto", "OSPOD", "CONSENT", List.of("BASIC", "SCHOOL", "ASSESSMENT", "CONTACT_RECORDS"), List.of());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("ospod.novakova").get(path).then().statusCode(200));
        as("ospod.novakova").get(path).then()
                .body("owningOrganization", equalTo("sas-jih"))
                .body("members.firstName", contains("Jana", "Petr"))
                .body("members[1].school", equalTo("ZŠ Merhautova"))
                .body("members[0].phone", nullValue())
                .body("address.street", nullValue())
                .body("address.sociallyExcludedLocality", nullValue())
                .body("team", equalTo(List.of()));
        as("ospod.novakova").get(path + "/contacts").then().statusCode(404);
        as("ospod.novakova").get(path + "/assessments").then().statusCode(404);
        as("ospod.novakova").get(path + "/consents").then().statusCode(404);
        as("ospod.novakova").get(path + "/timeline").then().statusCode(404);
        as("ospod.novakova").header("If-Match", "\"0\"").body("{\"name\": \"X\", \"address\": {\"municipality\": \"Brno\"}}")
                .put(path).then().statusCode(404);
        as("ospod.novakova").queryParam("q", "sdilena").get("/api/v1/families").then().body("items.id", everyItem(org.hamcrest.Matchers.not(family)));
        as("sas2.horak").get(path).then().statusCode(404);
        as("sas.dvorak").get(path + "/timeline").then().body("items.kind", hasItem("access.granted"));
        as("admin.sas").get(path + "/access-log").then().body("items.action", hasItem("family.read.shared"))
                .body("items.actorOrganization", hasItem("ospod-mesto"));

        as("ospod.novakova").queryParam("limit", 100).get("/api/v1/shared-families").then().statusCode(200)
                .body("items.find { it.familyId == '" + family + "' }.scopes", org.hamcrest.Matchers.containsInAnyOrder("BASIC", "SCHOOL"))
                .body("items.find { it.familyId == '" + family + "' }.owningOrganization", equalTo("sas-jih"));

        as("sas.dvorak").header("If-Match", "\"0\"").body("{}").post(path + "/consents/" + consent + "/withdrawal")
                .then().statusCode(200);
        as("ospod.novakova").get(path).then().statusCode(404);
        as("ospod.novakova").queryParam("limit", 100).get("/api/v1/shared-families").then().statusCode(200)
                .body("items.familyId", org.hamcrest.Matchers.not(hasItem(family)));
    }

    /**
     * A partner accepted before it heard of the withdrawal: its grant arrives after the consent ended and ends at once
     * (the partner only forgets such a grant and sends no access.revoked), so the file shows it ended.
     */
    @Test
    void aGrantArrivingAfterItsConsentEndedEndsAtOnce() {
        String path = "/api/v1/families/" + family;
        as("sas.dvorak").header("If-Match", "\"0\"").body("{}").post(path + "/consents/" + consent + "/withdrawal")
                .then().statusCode(200);
        grant("ospod-mesto", "OSPOD", "CONSENT", List.of("BASIC", "SCHOOL"), List.of());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("sas.dvorak").get(path + "/timeline").then()
                .body("items.kind", hasItem("access.granted")).body("items.kind", hasItem("access.revoked")));
        as("ospod.novakova").get(path).then().statusCode(404);
        as("ospod.novakova").queryParam("limit", 100).get("/api/v1/shared-families").then().statusCode(200)
                .body("items.familyId", org.hamcrest.Matchers.not(hasItem(family)));
    }

    @Test
    void aStatutoryGrantForSomeChildrenShowsThemOnlyUntilRevoked() {
        String path = "/api/v1/families/" + family;
        UUID grant = grant("nzdm-kotva", "NZDM", "STATUTORY", List.of("BASIC", "CONTACT_RECORDS"), List.of(child));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("nzdm.svoboda").get(path).then().statusCode(200));
        as("nzdm.svoboda").get(path).then().body("members.firstName", contains("Petr"));
        as("nzdm.svoboda").get(path + "/contacts").then().statusCode(200);

        revoke(grant);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("nzdm.svoboda").get(path).then().statusCode(404));
        as("sas.dvorak").get(path + "/timeline").then().body("items.kind", hasItem("access.revoked"));
    }

    @Test
    void anOnwardGrantShowsNoMoreThanItsGrantorSeesAndEndsWithIt() {
        String path = "/api/v1/families/" + family;
        // SAS Sever was given Petr with BASIC by the owner; it passes the family on to NZDM with every scope.
        UUID toSever = grant("sas-sever", "SAS", "STATUTORY", List.of("BASIC"), List.of(child), "sas-jih");
        grant("nzdm-kotva", "NZDM", "STATUTORY",
                List.of("BASIC", "CONTACT_DETAILS", "SCHOOL", "ASSESSMENT", "PLANS", "CONTACT_RECORDS"), List.of(), "sas-sever");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("nzdm.svoboda").get(path).then().statusCode(200));
        as("nzdm.svoboda").get(path).then()
                .body("members.firstName", contains("Petr"))
                .body("members[0].school", nullValue())
                .body("address.street", nullValue());
        as("nzdm.svoboda").get(path + "/contacts").then().statusCode(404);
        as("nzdm.svoboda").get(path + "/assessments").then().statusCode(404);
        as("nzdm.svoboda").queryParam("limit", 100).get("/api/v1/shared-families").then().statusCode(200)
                .body("items.find { it.familyId == '" + family + "' }.scopes", contains("BASIC"));

        // When SAS Sever's own access ends, what it passed on ends with it.
        revoke(toSever);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("nzdm.svoboda").get(path).then().statusCode(404));
        as("nzdm.svoboda").queryParam("limit", 100).get("/api/v1/shared-families").then().statusCode(200)
                .body("items.familyId", org.hamcrest.Matchers.not(hasItem(family)));
    }

    @Test
    void draftsAreNeverShared() {
        String path = "/api/v1/families/" + family + "/assessments";
        String body = """
                {"summary": "Pracovní poznámka, ještě neověřeno.",
                 "ratings": [{"domain": "child.education", "memberId": "%s", "rating": "CONCERN"}],
                 "formulation": [{"category": "presenting", "text": "Absence ve škole."}]}""".formatted(child);
        String completed = as("sas.dvorak").body(body).post(path).then().statusCode(201).extract().path("id");
        as("sas.dvorak").header("If-Match", "\"0\"").post(path + "/" + completed + "/completion").then().statusCode(200);
        String draft = as("sas.dvorak").body(body).post(path).then().statusCode(201).extract().path("id");

        grant("ospod-mesto", "OSPOD", "STATUTORY", List.of("BASIC", "ASSESSMENT"), List.of());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("ospod.novakova").get(path).then().statusCode(200));
        as("ospod.novakova").get(path).then().body("items.id", contains(completed));
        as("ospod.novakova").get(path + "/" + completed).then().statusCode(200);
        as("ospod.novakova").get(path + "/" + draft).then().statusCode(404);
        as("sas.dvorak").get(path).then().body("items.id", org.hamcrest.Matchers.containsInAnyOrder(completed, draft));
    }
}
