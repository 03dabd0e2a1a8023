package cz.opora.conference.rest;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.conference.ConferenceFixture;
import cz.opora.testing.FamilyEvents;
import cz.opora.testing.FamilyEvents.Family;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static cz.opora.conference.ConferenceFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Family group conferences against the real stack: the roles, the rules in bold in the issue, and who sees what. */
@QuarkusTest
class FamilyConferenceResourceTest {
    static final String FGC = "/api/v1/family-conferences";

    static String offer(Family family) {
        return as("ospod.novakova").body("""
                {"familyId": "%s", "concern": "The boys are alone in the evenings.",
                 "question": "How will the family make sure the boys are looked after in the evenings?",
                 "bottomLines": ["An adult is with the boys every night.", "Jakub attends school every day."],
                 "requestedLanguage": "romani", "requestedGender": "FEMALE"}""".formatted(family.id()))
                .post(FGC).then().statusCode(201).body("status", equalTo("OFFERED")).extract().path("id");
    }

    static Response step(String user, String id, String step, String body) {
        return as(user).body(body == null ? "{}" : body).post(FGC + "/" + id + "/" + step);
    }

    static String plan(Family family) {
        return """
                {"title": "Kluci nejsou večer sami", "reviewDate": "%s",
                 "items": [{"what": "Babička hlídá kluky v pondělí až čtvrtek", "whoKind": "MEMBER", "whoMemberId": "%s",
                            "byWhen": "%s", "howWeKnow": "Kluci řeknou, kdo s nimi byl"},
                           {"what": "Soused vozí Jakuba do školy", "whoKind": "FRIEND", "whoName": "pan Dušek",
                            "byWhen": "%s", "howWeKnow": "Škola nehlásí absence"}],
                 "ifItDoesNotWork": "Sejdeme se znovu."}""".formatted(java.time.LocalDate.now().plusMonths(3),
                family.parentId(), java.time.LocalDate.now().plusDays(7), java.time.LocalDate.now().plusDays(7));
    }

    /** Offered, consented, an independent coordinator assigned: ready for preparation. */
    static String preparing(Family family) {
        String id = offer(family);
        UUID consent = ConferenceFixture.conferenceConsent(family);
        step("ospod.novakova", id, "family-decision", """
                {"decision": "CONSENTED", "memberId": "%s", "consentId": "%s"}""".formatted(family.parentId(), consent))
                .then().statusCode(200);
        as("rk.koordinator").body("{\"coordinatorId\": \"" + ConferenceFixture.rkCoordinator() + "\"}")
                .put(FGC + "/" + id + "/coordinator").then().statusCode(200).body("status", equalTo("PREPARING"));
        return id;
    }

    @Test
    void aFamilyConferenceRunsFromTheOfferToAnAcceptedPlanWithAnIndependentCoordinator() {
        Family family = ConferenceFixture.family("ospod-mesto");
        ConferenceFixture.openReferral(family, "ospod-mesto", "sas-jih");
        String sasCoordinator = ConferenceFixture.sasCoordinator();
        String rkCoordinator = ConferenceFixture.rkCoordinator();
        String id = offer(family);
        String path = FGC + "/" + id;
        as("sas.dvorak").get(path).then().statusCode(404);
        as("rk.koordinator").get(path).then().statusCode(404);

        // The family decides: nothing proceeds without an adult member's consent, recorded in family-service.
        step("ospod.novakova", id, "family-decision", """
                {"decision": "CONSENTED", "memberId": "%s"}""".formatted(family.parentId())).then().statusCode(400)
                .body("errors[0].field", equalTo("consentId"));
        UUID consent = ConferenceFixture.conferenceConsent(family);
        step("ospod.novakova", id, "family-decision", """
                {"decision": "CONSENTED", "memberId": "%s", "consentId": "%s"}""".formatted(family.childId(), consent))
                .then().statusCode(400).body("errors[0].field", equalTo("memberId"));
        as("rk.koordinator").body("{\"coordinatorId\": \"" + rkCoordinator + "\"}").put(path + "/coordinator")
                .then().statusCode(404);
        step("ospod.novakova", id, "family-decision", """
                {"decision": "CONSENTED", "memberId": "%s", "consentId": "%s"}""".formatted(family.parentId(), consent))
                .then().statusCode(200).body("status", equalTo("CONSENTED"));

        // A coordination organization sees the queue without the family's name, and who is independent.
        as("rk.koordinator").get(FGC + "/awaiting-coordinator?limit=100").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.familyName", nullValue())
                .body("items.find { it.id == '" + id + "' }.concern", equalTo("The boys are alone in the evenings."));
        as("rk.koordinator").get(path + "/coordinator-candidates").then().statusCode(200)
                .body("find { it.coordinatorId == '" + sasCoordinator + "' }.independent", equalTo(false))
                .body("find { it.coordinatorId == '" + rkCoordinator + "' }.independent", equalTo(true))
                .body("find { it.coordinatorId == '" + rkCoordinator + "' }.matchesLanguage", equalTo(true));
        as("rk.koordinator").body("{\"coordinatorId\": \"" + sasCoordinator + "\"}").put(path + "/coordinator")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("coordinator-not-independent"))
                .body("detail", containsString("sas-jih, which works with the family"));
        as("rk.koordinator").body("{\"coordinatorId\": \"" + rkCoordinator + "\"}").put(path + "/coordinator")
                .then().statusCode(200).body("status", equalTo("PREPARING"))
                .body("familyName", equalTo("Rodina Referralová"))
                .body("coordinatorOrganization", equalTo("rk-koordinatori"));

        // Preparation: invitations one by one, an exclusion for safety that is appealed and overturned.
        as("rk.koordinator").body("{\"kind\": \"FAMILY_MEMBER\", \"memberId\": \"" + family.parentId() + "\"}")
                .post(path + "/invitees").then().statusCode(200);
        Response withNeighbour = as("rk.koordinator").body("{\"kind\": \"NETWORK\", \"name\": \"Věra Dušková\", \"relation\": \"sousedka\"}")
                .post(path + "/invitees");
        String neighbour = withNeighbour.then().statusCode(200).extract().path("invitees.find { it.name == 'Věra Dušková' }.id");
        String teacher = as("rk.koordinator").body("{\"kind\": \"PROFESSIONAL\", \"name\": \"Mgr. Petra Učitelová\", \"relation\": \"třídní učitelka\"}")
                .post(path + "/invitees").then().statusCode(200).extract().path("invitees.find { it.kind == 'PROFESSIONAL' }.id");
        as("rk.koordinator").body("{\"status\": \"EXCLUDED\"}").put(path + "/invitees/" + neighbour).then().statusCode(400)
                .body("errors[0].field", equalTo("exclusionReason"));
        as("rk.koordinator").body("{\"status\": \"EXCLUDED\", \"exclusionReason\": \"Threatened the mother.\"}")
                .put(path + "/invitees/" + neighbour).then().statusCode(200);
        step("rk.koordinator", id, "invitees/" + neighbour + "/appeal", "{\"appeal\": \"It was a misunderstanding.\"}")
                .then().statusCode(200);
        step("rk.koordinator", id, "invitees/" + neighbour + "/appeal-decision", "{\"outcome\": \"OVERTURNED\"}")
                .then().statusCode(403);
        step("ospod.novakova", id, "invitees/" + neighbour + "/appeal-decision", "{\"outcome\": \"OVERTURNED\"}")
                .then().statusCode(200).body("invitees.find { it.id == '" + neighbour + "' }.status", equalTo("INVITED"));

        // The conference: three phases; private family time records only its start and end.
        step("rk.koordinator", id, "information-sharing", null).then().statusCode(409).body("currentStatus", equalTo("PREPARING"));
        as("rk.koordinator").body("{\"scheduledFor\": \"" + Instant.now().plus(Duration.ofDays(10)) + "\", \"place\": "
                + "\"Komunitní centrum\", \"interpreter\": \"romština\", \"childcare\": \"herna\"}")
                .put(path + "/arrangements").then().statusCode(200).body("status", equalTo("SCHEDULED"));
        step("rk.koordinator", id, "information-sharing", null).then().statusCode(200);
        step("rk.koordinator", id, "contributions", "{\"inviteeId\": \"" + teacher + "\", \"information\": "
                + "\"Jakub misses Mondays.\", \"concerns\": \"He is tired.\"}").then().statusCode(200);
        step("rk.koordinator", id, "private-family-time", null).then().statusCode(200)
                .body("status", equalTo("PRIVATE_FAMILY_TIME")).body("privateTimeStartedAt", not(nullValue()));
        step("rk.koordinator", id, "plan-presentation", null).then().statusCode(200)
                .body("privateTimeEndedAt", not(nullValue()));

        // The family's plan; the referrer rejects only for safety against a bottom line, then accepts the amended plan.
        as("rk.koordinator").body(plan(family).replace(family.parentId().toString(), UUID.randomUUID().toString()))
                .put(path + "/plan").then().statusCode(400).body("errors[0].field", equalTo("items[0].whoMemberId"));
        as("rk.koordinator").body(plan(family)).put(path + "/plan").then().statusCode(200).body("status", equalTo("PLAN_PRESENTED"));
        step("ospod.novakova", id, "plan-decision", "{\"decision\": \"REJECTED\", \"reason\": \"I do not like it.\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("bottomLine"));
        step("ospod.novakova", id, "plan-decision", "{\"decision\": \"REJECTED\", \"bottomLine\": 0, "
                + "\"reason\": \"Nobody is named for Friday nights.\"}").then().statusCode(200)
                .body("status", equalTo("PLAN_REJECTED")).body("rejectedBottomLine", equalTo(0));
        as("rk.koordinator").body(plan(family).replace("v pondělí až čtvrtek", "každý večer")).put(path + "/plan")
                .then().statusCode(200).body("status", equalTo("PLAN_PRESENTED"));
        step("rk.koordinator", id, "plan-decision", "{\"decision\": \"ACCEPTED\"}").then().statusCode(403);
        step("ospod.novakova", id, "plan-decision", "{\"decision\": \"ACCEPTED\"}").then().statusCode(200)
                .body("status", equalTo("PLAN_ACCEPTED"));
        as("rk.koordinator").body(plan(family)).put(path + "/plan").then().statusCode(409)
                .body("currentStatus", equalTo("PLAN_ACCEPTED")).body("detail", containsString("only by a review conference"));

        List<JsonNode> events = ConferenceFixture.events(family, 7, "cz.opora.access.granted", "cz.opora.conference.scheduled",
                "cz.opora.conference.held", "cz.opora.conference.family-plan-agreed", "cz.opora.conference.family-plan-rejected",
                "cz.opora.conference.family-plan-accepted", "cz.opora.access.revoked");
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("cz.opora.access.granted",
                "cz.opora.conference.scheduled", "cz.opora.conference.held", "cz.opora.conference.family-plan-agreed",
                "cz.opora.conference.family-plan-rejected", "cz.opora.conference.family-plan-agreed",
                "cz.opora.conference.family-plan-accepted", "cz.opora.access.revoked");
        JsonNode grant = events.get(0).get("data");
        assertThat(grant.get("organization").asText()).isEqualTo("rk-koordinatori");
        assertThat(grant.get("reason").asText()).isEqualTo("FAMILY_CONFERENCE");
        assertThat(grant.get("consentId").asText()).isEqualTo(consent.toString());
        JsonNode accepted = events.get(6).get("data");
        assertThat(accepted.at("/goals/0/what").asText()).isEqualTo("Babička hlídá kluky každý večer");
        assertThat(accepted.at("/goals/0/steps/0/whoMemberId").asText()).isEqualTo(family.parentId().toString());
        assertThat(accepted.at("/goals/1/steps/0/whoName").asText()).isEqualTo("pan Dušek");
        assertThat(accepted.at("/ifItDoesNotWork").asText()).as("the family's own fallback travels with its plan")
                .isEqualTo("Sejdeme se znovu.");
        assertThat(events.toString()).as("no private family time content, concerns or reasons in events")
                .doesNotContain("Friday").doesNotContain("tired");

        // A review conference: same coordinator, held the same way; its accepted plan is published as a revision.
        String review = step("ospod.novakova", id, "review", null).then().statusCode(201)
                .body("kind", equalTo("REVIEW")).body("reviewOf", equalTo(id)).body("status", equalTo("PREPARING"))
                .body("coordinatorId", equalTo(rkCoordinator)).extract().path("id");
        as("rk.koordinator").get(FGC + "/" + review).then().statusCode(200).body("originalConferenceId", equalTo(id));
    }

    @Test
    void theFamilyMayDeclineAndTheReferrerMayCancelWithAReason() {
        Family family = ConferenceFixture.family("ospod-mesto");
        String declined = offer(family);
        step("ospod.novakova", declined, "family-decision", """
                {"decision": "DECLINED", "memberId": "%s", "note": "Not now."}""".formatted(family.parentId()))
                .then().statusCode(200).body("status", equalTo("FAMILY_DECLINED")).body("allowedSteps", org.hamcrest.Matchers.empty());
        step("ospod.novakova", declined, "cancellation", "{\"reason\": \"x\"}").then().statusCode(409)
                .body("currentStatus", equalTo("FAMILY_DECLINED"));

        String cancelled = offer(family);
        step("ospod.novakova", cancelled, "cancellation", "{}").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        step("ospod.novakova", cancelled, "cancellation", "{\"reason\": \"The family moved away.\"}").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("The family moved away."));
    }

    @Test
    void withdrawingTheConsentToTheConferenceCancelsItAndEndsTheCoordinatorsAccess() {
        Family family = ConferenceFixture.family("ospod-mesto");
        String id = preparing(family);
        UUID consent = UUID.fromString(as("ospod.novakova").get(FGC + "/" + id).path("consentId"));
        FamilyEvents.withdrawConsent(ConferenceFixture.prefix(), family, consent);
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() ->
                "CANCELLED".equals(as("ospod.novakova").get(FGC + "/" + id).path("status")));
        as("ospod.novakova").get(FGC + "/" + id).then().body("cancelReason", containsString("withdrew its consent"));
        // The coordinator's grant relied on that consent: family-service ended it with the consent, nothing goes back.
        assertThat(ConferenceFixture.events(family, 1, "cz.opora.access.revoked", "cz.opora.conference.cancelled"))
                .extracting(e -> e.get("type").asText()).containsExactly("cz.opora.conference.cancelled");
    }

    @Test
    void anotherOrganizationGets404OnEveryEndpointThatTakesAnId() {
        Family family = ConferenceFixture.family("ospod-mesto");
        String id = preparing(family);
        String path = FGC + "/" + id;
        String invitee = UUID.randomUUID().toString();
        java.util.Map<String, String> posts = new java.util.LinkedHashMap<>();
        posts.put("family-decision", "{\"decision\": \"DECLINED\", \"memberId\": \"" + family.parentId() + "\"}");
        posts.put("information-sharing", "{}");
        posts.put("private-family-time", "{}");
        posts.put("plan-presentation", "{}");
        posts.put("no-plan", "{\"note\": \"x\"}");
        posts.put("plan-decision", "{\"decision\": \"ACCEPTED\"}");
        posts.put("review", "{}");
        posts.put("cancellation", "{\"reason\": \"x\"}");
        posts.put("invitees", "{\"kind\": \"NETWORK\", \"name\": \"x\"}");
        posts.put("contributions", "{\"inviteeId\": \"" + invitee + "\", \"information\": \"x\"}");
        posts.put("invitees/" + invitee + "/appeal", "{\"appeal\": \"x\"}");
        posts.put("invitees/" + invitee + "/appeal-decision", "{\"outcome\": \"UPHELD\"}");
        java.util.Map<String, String> puts = new java.util.LinkedHashMap<>();
        puts.put("arrangements", "{\"scheduledFor\": \"" + Instant.now().plus(Duration.ofDays(3)) + "\", \"place\": \"x\"}");
        puts.put("plan", plan(family));
        puts.put("invitees/" + invitee, "{\"status\": \"AGREED\"}");
        for (String user : List.of("sas.dvorak", "sas2.horak")) {
            as(user).get(path).then().statusCode(404).contentType("application/problem+json");
            as(user).get(path + "/coordinator-candidates").then().statusCode(404);
            posts.forEach((s, body) -> assertThat(as(user).body(body).post(path + "/" + s).statusCode()).as(user + " POST " + s).isEqualTo(404));
            puts.forEach((s, body) -> assertThat(as(user).body(body).put(path + "/" + s).statusCode()).as(user + " PUT " + s).isEqualTo(404));
        }
        as("nzdm.svoboda").get(path).then().statusCode(403);
        as("ospod.novakova").get(FGC + "?limit=100").then().body("items.id", hasItem(id));
        as("sas.dvorak").get(FGC + "?limit=100").then().body("items.id", not(hasItem(id)));
    }
}
