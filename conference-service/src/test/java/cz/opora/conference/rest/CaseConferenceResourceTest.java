package cz.opora.conference.rest;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.conference.ConferenceFixture;
import cz.opora.testing.FamilyEvents.Family;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static cz.opora.conference.ConferenceFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Case conferences against the real stack: participants and their access, minutes, tasks, states, visibility. */
@QuarkusTest
class CaseConferenceResourceTest {
    static final String CC = "/api/v1/case-conferences";

    static String convene(Family family, String statutoryReference) {
        return as("ospod.novakova").body("""
                {"familyId": "%s", "purpose": "Agree who helps the family keep its housing.", "scheduledFor": "%s",
                 "place": "MěÚ, zasedačka 2"%s}""".formatted(family.id(), Instant.now().plus(Duration.ofDays(5)),
                        statutoryReference == null ? "" : ", \"statutoryReference\": \"" + statutoryReference + "\""))
                .post(CC).then().statusCode(201).extract().path("id");
    }

    static Response add(String id, String body) {
        return as("ospod.novakova").body(body).post(CC + "/" + id + "/participants");
    }

    @Test
    void aCaseConferenceIsPlannedHeldFollowedUpAndClosedAndParticipantsSeeItOnlyWithinTheConsentAndWhileTheirAccessLasts() {
        Family family = ConferenceFixture.family("ospod-mesto");
        ConferenceFixture.sharingConsent(family, "sas-jih");
        String id = convene(family, null);
        String path = CC + "/" + id;

        String sas = add(id, "{\"kind\": \"WORKER\", \"organization\": \"sas-jih\", \"organizationType\": \"SAS\", \"name\": \"Martin Dvořák\"}")
                .then().statusCode(200).body("participants.find { it.organization == 'sas-jih' }.access", equalTo("AWAITING_ACCEPTANCE"))
                .extract().path("participants.find { it.organization == 'sas-jih' }.id");
        as("sas.dvorak").get(path).then().statusCode(200).body("familyId", equalTo(null)).body("purpose", equalTo(null));
        as("ospod.novakova").body("{\"invitation\": \"ACCEPTED\"}").put(path + "/participants/" + sas).then().statusCode(200)
                .body("participants.find { it.organization == 'sas-jih' }.access", equalTo("GRANTED"));
        add(id, "{\"kind\": \"WORKER\", \"organization\": \"nzdm-kotva\", \"organizationType\": \"NZDM\", \"name\": \"Jakub Svoboda\"}")
                .then().statusCode(200).body("participants.find { it.organization == 'nzdm-kotva' }.access", equalTo("NONE"));
        String teacher = add(id, "{\"kind\": \"EXTERNAL\", \"name\": \"Mgr. Petra Učitelová\", \"institution\": \"ZŠ Merhautova\", \"role\": \"třídní učitelka\"}")
                .then().statusCode(200).extract().path("participants.find { it.kind == 'EXTERNAL' }.id");
        add(id, "{\"kind\": \"FAMILY_MEMBER\", \"memberId\": \"" + family.parentId() + "\"}").then().statusCode(200)
                .body("participants.find { it.kind == 'FAMILY_MEMBER' }.name", equalTo("Jana Nováková"));
        add(id, "{\"kind\": \"EXTERNAL\"}").then().statusCode(400).body("errors[0].field", equalTo("name"));

        as("sas.dvorak").get(path).then().statusCode(200).body("purpose", equalTo("Agree who helps the family keep its housing."));
        as("sas.dvorak").body("{\"reason\": \"x\"}").post(path + "/cancellation").then().statusCode(403);
        as("sas2.horak").get(path).then().statusCode(404);

        String minutes = """
                {"situation": "Eviction notice for 31 December.", "childPresent": false,
                 "childView": "Jakub told the SAS worker he wants to stay at his school.",
                 "views": [{"participantId": "%s", "view": "The school sees improvement."}],
                 "decisions": "SAS accompanies the mother to the housing department.",
                 "tasks": [{"what": "Accompany to the housing department", "ownerParticipantId": "%s", "dueDate": "%s"}],
                 "nextMeetingAt": "%s"}""".formatted(teacher, sas, LocalDate.now().plusDays(14), Instant.now().plus(Duration.ofDays(40)));
        String task = as("ospod.novakova").body(minutes).post(path + "/minutes").then().statusCode(200)
                .body("status", equalTo("HELD")).body("childView", equalTo("Jakub told the SAS worker he wants to stay at his school."))
                .body("participants.find { it.id == '" + teacher + "' }.view", equalTo("The school sees improvement."))
                .extract().path("tasks[0].id");
        as("ospod.novakova").body(minutes).post(path + "/minutes").then().statusCode(409).body("currentStatus", equalTo("HELD"));
        as("ospod.novakova").body("{\"status\": \"DONE\", \"followUpNote\": \"Application filed.\"}").put(path + "/tasks/" + task)
                .then().statusCode(200).body("tasks[0].status", equalTo("DONE"));
        as("ospod.novakova").body("{}").post(path + "/follow-up").then().statusCode(200).body("status", equalTo("FOLLOW_UP"));
        as("sas.dvorak").get(path).then().statusCode(200).body("situation", equalTo("Eviction notice for 31 December."));
        as("ospod.novakova").body("{}").post(path + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("participants.find { it.id == '" + sas + "' }.access", equalTo("ENDED"));
        // After its access ended, the participant keeps only that it took part, when, and its own tasks.
        as("sas.dvorak").get(path).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("familyId", equalTo(null)).body("familyName", equalTo(null)).body("purpose", equalTo(null))
                .body("place", equalTo(null)).body("situation", equalTo(null)).body("childView", equalTo(null))
                .body("decisions", equalTo(null)).body("participants.id", equalTo(List.of(sas)))
                .body("tasks.id", equalTo(List.of(task)));
        as("sas.dvorak").get(CC + "?limit=100").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.childView", equalTo(null))
                .body("items.find { it.id == '" + id + "' }.participants.size()", equalTo(1));
        as("ospod.novakova").get(path).then().statusCode(200).body("childView", equalTo("Jakub told the SAS worker he wants to stay at his school."));

        List<JsonNode> events = ConferenceFixture.events(family, 4, "cz.opora.conference.scheduled", "cz.opora.access.granted",
                "cz.opora.conference.held", "cz.opora.access.revoked");
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("cz.opora.conference.scheduled",
                "cz.opora.access.granted", "cz.opora.conference.held", "cz.opora.access.revoked");
        assertThat(events.get(1).at("/data/organization").asText()).isEqualTo("sas-jih");
        assertThat(events.get(1).at("/data/reason").asText()).isEqualTo("CASE_CONFERENCE");
        assertThat(events.toString()).as("no minutes in events").doesNotContain("Eviction");
    }

    @Test
    void theStatutoryBasisLetsOspodConveneButParticipantsSeeOnlyTheChildrenConcernedWithinTheirConsent() {
        // OSPOD convenes about a family SAS Jih owns and reported to it, on the statutory basis, about one child.
        Family family = ConferenceFixture.family("sas-jih");
        ConferenceFixture.openReferral(family, "sas-jih", "ospod-mesto");
        String id = as("ospod.novakova").body("""
                {"familyId": "%s", "purpose": "Školní docházka", "scheduledFor": "%s", "place": "MěÚ",
                 "statutoryReference": "§ 10 odst. 3 písm. f) zákona č. 359/1999 Sb.", "childIds": ["%s"]}"""
                .formatted(family.id(), Instant.now().plus(Duration.ofDays(5)), family.childId()))
                .post(CC).then().statusCode(201).body("childIds", equalTo(List.of(family.childId().toString())))
                .extract().path("id");
        String path = CC + "/" + id;
        as("ospod.novakova").body("""
                {"familyId": "%s", "purpose": "x", "scheduledFor": "%s", "place": "x", "childIds": ["%s"]}"""
                .formatted(family.id(), Instant.now().plus(Duration.ofDays(5)), family.parentId()))
                .post(CC).then().statusCode(400).body("errors[0].field", equalTo("childIds[0]"));

        // NZDM, invited without a consent that covers it: no access, before or after accepting, and no minutes.
        String nzdm = add(id, "{\"kind\": \"WORKER\", \"organization\": \"nzdm-kotva\", \"organizationType\": \"NZDM\", \"name\": \"Jakub Svoboda\"}")
                .then().statusCode(200).body("participants.find { it.organization == 'nzdm-kotva' }.access", equalTo("NONE"))
                .extract().path("participants.find { it.organization == 'nzdm-kotva' }.id");
        as("ospod.novakova").body("{\"invitation\": \"ACCEPTED\"}").put(path + "/participants/" + nzdm).then().statusCode(200)
                .body("participants.find { it.organization == 'nzdm-kotva' }.access", equalTo("NONE"));
        as("nzdm.svoboda").get(path).then().statusCode(200).body("familyId", equalTo(null)).body("purpose", equalTo(null))
                .body("participants.size()", equalTo(1));
        // The family's owner takes part as itself.
        add(id, "{\"kind\": \"WORKER\", \"organization\": \"sas-jih\", \"organizationType\": \"SAS\", \"name\": \"Martin Dvořák\"}")
                .then().statusCode(200).body("participants.find { it.organization == 'sas-jih' }.access", equalTo("OWN"));
        as("sas.dvorak").get(path).then().statusCode(200).body("purpose", equalTo("Školní docházka"));

        // Once the family consents to sharing with NZDM, its accepted participation gives access on that consent
        // only, to the child concerned only, and never more than OSPOD itself sees (OSPOD is the grantor).
        java.util.UUID consent = ConferenceFixture.sharingConsent(family, "nzdm-kotva");
        as("ospod.novakova").body("{\"invitation\": \"ACCEPTED\"}").put(path + "/participants/" + nzdm).then().statusCode(200)
                .body("participants.find { it.organization == 'nzdm-kotva' }.access", equalTo("GRANTED"));
        JsonNode grant = ConferenceFixture.events(family, 1, "cz.opora.access.granted").get(0);
        assertThat(grant.at("/data/organization").asText()).isEqualTo("nzdm-kotva");
        assertThat(grant.at("/data/basis").asText()).isEqualTo("CONSENT");
        assertThat(grant.at("/data/consentId").asText()).isEqualTo(consent.toString());
        assertThat(grant.at("/data/statutoryReference").isNull()).isTrue();
        assertThat(grant.at("/data/memberIds").toString()).isEqualTo("[\"" + family.childId() + "\"]");
        assertThat(grant.at("/data/grantor").asText()).isEqualTo("ospod-mesto");
        as("nzdm.svoboda").get(path).then().statusCode(200).body("purpose", equalTo("Školní docházka"));

        as("ospod.novakova").body("{\"reason\": \"The mother is in hospital.\"}").post(path + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        as("nzdm.svoboda").get(path).then().statusCode(200).body("purpose", equalTo(null));
    }

    @Test
    void onlyOspodConvenesOnTheStatutoryBasis() {
        Family family = ConferenceFixture.family("ospod-mesto");
        String id = convene(family, "§ 10 odst. 3 písm. f) zákona č. 359/1999 Sb.");

        Family sasFamily = ConferenceFixture.family("sas-jih");
        as("sas.dvorak").body("""
                {"familyId": "%s", "purpose": "x", "scheduledFor": "%s", "place": "x", "statutoryReference": "§ 10"}"""
                .formatted(sasFamily.id(), Instant.now().plus(Duration.ofDays(5)))).post(CC).then().statusCode(400)
                .body("errors[0].field", equalTo("statutoryReference"));
        as("sas.dvorak").body("""
                {"familyId": "%s", "purpose": "x", "scheduledFor": "%s", "place": "x"}"""
                .formatted(family.id(), Instant.now().plus(Duration.ofDays(5)))).post(CC).then().statusCode(400)
                .body("errors[0].field", equalTo("familyId"));
        as("sas.dvorak").get(CC + "?limit=100").then().statusCode(200).body("items.id", not(hasItem(id)));
        as("ospod.novakova").get(CC + "?limit=100").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void anotherOrganizationGets404OnEveryEndpointThatTakesAnIdAndErasureLeavesOnlyTheFigures() {
        Family family = ConferenceFixture.family("ospod-mesto");
        String id = convene(family, null);
        String path = CC + "/" + id;
        String participant = add(id, "{\"kind\": \"EXTERNAL\", \"name\": \"Mgr. Petra Učitelová\"}").then().statusCode(200)
                .extract().path("participants.find { it.kind == 'EXTERNAL' }.id");
        String other = java.util.UUID.randomUUID().toString();
        for (String user : List.of("sas.dvorak", "sas2.horak")) {
            as(user).get(path).then().statusCode(404).contentType("application/problem+json");
            as(user).body("{\"kind\": \"EXTERNAL\", \"name\": \"x\"}").post(path + "/participants").then().statusCode(404);
            as(user).body("{\"invitation\": \"ACCEPTED\"}").put(path + "/participants/" + participant).then().statusCode(404);
            as(user).body("{\"situation\": \"s\", \"childView\": \"c\", \"childPresent\": true, \"decisions\": \"d\"}")
                    .post(path + "/minutes").then().statusCode(404);
            as(user).body("{\"status\": \"DONE\"}").put(path + "/tasks/" + other).then().statusCode(404);
            as(user).body("{}").post(path + "/follow-up").then().statusCode(404);
            as(user).body("{}").post(path + "/closure").then().statusCode(404);
            as(user).body("{\"reason\": \"x\"}").post(path + "/cancellation").then().statusCode(404);
            as(user).body("{\"rating\": 3}").put("/api/v1/conferences/" + id + "/feedback").then().statusCode(404);
        }

        String fgc = FamilyConferenceResourceTest.offer(family);
        cz.opora.testing.FamilyEvents.erase(ConferenceFixture.prefix(), family);
        // The erased file's conferences stay as what the figures count: no words, no names, no family.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> "-".equals(as("ospod.novakova").get(path).path("purpose")));
        as("ospod.novakova").get(path).then().statusCode(200).body("familyId", org.hamcrest.Matchers.nullValue())
                .body("participants.name", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("-")));
        as("ospod.novakova").get("/api/v1/family-conferences/" + fgc).then().statusCode(200)
                .body("familyId", org.hamcrest.Matchers.nullValue()).body("concern", org.hamcrest.Matchers.equalTo("-"));
    }
}
