package cz.opora.system;

import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Real records for every path parameter of every operation {@link BadInputIT} sends bodies to, so that a valid body
 * gets past 401, 403 and 404 and bad ones reach validation: the ids by the path up to the parameter (the template's
 * text, e.g. {@code /api/v1/families/{familyId}/plans/{planId}}). Each service's operations get their own records
 * (an accepted valid example may close, cancel or end them: that gives 409, not 404); erasure gets a family of its
 * own for each call.
 */
final class BadInputSeeds {
    private final Map<String, String> ids = new LinkedHashMap<>();
    /** Another record for the paths under a prefix (e.g. the held conference for its tasks). */
    private final Map<String, String> scoped = new LinkedHashMap<>();
    /** What went wrong while seeding (the operations concerned fail). */
    final List<String> problems = new java.util.ArrayList<>();

    static RequestSpecification at(Stack.Service service, String user) {
        return given().baseUri(service.url()).auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    /** The path with each parameter replaced by a real id, or by a random one where this knows none. */
    String concrete(String path) {
        if (path.endsWith("/erasure")) {
            return path.replace("{familyId}", family("sas.dvorak", "Rodina Mazaná").id);
        }
        StringBuilder concrete = new StringBuilder();
        StringBuilder template = new StringBuilder();
        for (String segment : path.substring(1).split("/")) {
            template.append('/').append(segment);
            String id = segment.startsWith("{") ? id(path, template.toString()) : segment;
            concrete.append('/').append(id == null ? UUID.randomUUID().toString() : id);
        }
        return concrete.toString();
    }

    private String id(String path, String template) {
        String id = ids.get(template);
        for (Map.Entry<String, String> scope : scoped.entrySet()) {
            if (path.startsWith(scope.getKey()) && scope.getKey().startsWith(template + "/")) {
                id = scope.getValue();
            }
        }
        return id;
    }

    /** Whether a real id stands for each of the path's parameters. */
    boolean knows(String path) {
        if (path.endsWith("/erasure")) {
            return true;
        }
        StringBuilder template = new StringBuilder();
        for (String segment : path.substring(1).split("/")) {
            template.append('/').append(segment);
            if (segment.startsWith("{") && id(path, template.toString()) == null) {
                return false;
            }
        }
        return true;
    }

    record Family(String id, List<String> members) {
    }

    static Family family(String user, String name) {
        Response r = at(Stack.Service.FAMILY, user).body("""
                {"name": "%s", "address": {"street": "Cejl 12", "municipality": "Brno"},
                 "members": [{"firstName": "Jana", "lastName": "Vstupní", "role": "PARENT", "birthDate": "1990-04-01"},
                             {"firstName": "Petr", "lastName": "Vstupní", "role": "CHILD", "birthDate": "2016-09-12"},
                             {"firstName": "Anička", "lastName": "Vstupní", "role": "CHILD", "birthDate": "%s"}]}"""
                .formatted(name, LocalDate.now().minusYears(5).minusDays(20))).post("/api/v1/families");
        r.then().log().ifValidationFails().statusCode(201);
        return new Family(r.path("id"), r.path("members.id"));
    }

    /** Creates every record; returns the seeds. */
    static BadInputSeeds create() {
        BadInputSeeds seeds = new BadInputSeeds();
        for (Runnable service : List.<Runnable>of(seeds::familyService, seeds::referralService, seeds::conferenceService,
                seeds::tutoringService, seeds::communityService)) {
            try {
                service.run();
            } catch (RuntimeException | AssertionError e) {
                // The operations whose records are missing fail the test, each with its answers.
                seeds.problems.add(e.getMessage());
            }
        }
        return seeds;
    }

    private void put(String template, String id) {
        if (id == null) {
            throw new IllegalStateException("no id for " + template);
        }
        ids.put(template, id);
    }

    private void familyService() {
        Family f = family("sas.dvorak", "Rodina Vstupní");
        String base = "/api/v1/families/" + f.id;
        put("/api/v1/families/{id}", f.id);
        put("/api/v1/families/{familyId}", f.id);
        put("/api/v1/families/{familyId}/members/{memberId}", f.members.get(0));
        put("/api/v1/families/{familyId}/assessments/{id}", at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"ratings": [{"domain": "child.education", "memberId": "%s", "rating": "CONCERN"}],
                 "formulation": [{"category": "presenting", "text": "Hrozí ztráta bydlení."}]}"""
                .formatted(f.members.get(1))).post(base + "/assessments").then().log().ifValidationFails().statusCode(201).extract().path("id"));
        put("/api/v1/families/{familyId}/consents/{consentId}", at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "TUTORING", "scopes": ["SCHOOL"], "formReference": "SAS-JIH/2026/VST-1"}"""
                .formatted(f.members.get(0))).post(base + "/consents").then().log().ifValidationFails().statusCode(201).extract().path("id"));
        put("/api/v1/families/{familyId}/contacts/{id}", at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"date": "%s", "durationMinutes": 30, "type": "PHONE"}""".formatted(LocalDate.now()))
                .post(base + "/contacts").then().log().ifValidationFails().statusCode(201).extract().path("id"));
        Response plan = at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"source": "SAS_PLAN", "title": "Stabilní bydlení", "reviewDate": "%s",
                 "goals": [{"what": "Rodina bydlí v nájemním bytě", "progressIndicator": "Smlouva",
                            "steps": [{"what": "Přinést výpisy z účtu", "who": {"kind": "MEMBER", "id": "%s"}, "dueDate": "2099-01-01"}]}]}"""
                .formatted(LocalDate.now().plusMonths(3), f.members.get(0))).post(base + "/plans");
        plan.then().log().ifValidationFails().statusCode(201);
        put("/api/v1/families/{familyId}/plans/{planId}", plan.path("id"));
        put("/api/v1/families/{familyId}/plans/{planId}/goals/{goalId}", plan.path("goals[0].id"));
        put("/api/v1/families/{familyId}/plans/{planId}/steps/{stepId}", plan.path("goals[0].steps[0].id"));
    }

    private void referralService() {
        if (at(Stack.Service.REFERRAL, "sas.dvorak").get("/api/v1/organizations/sas-jih").statusCode() == 404) {
            at(Stack.Service.REFERRAL, "admin.sas").body("""
                    {"name": "SAS Jih", "type": "SAS", "municipalities": ["Brno"], "services": ["SAS"], "acceptingNewClients": true}""")
                    .put("/api/v1/organizations/sas-jih").then().log().ifValidationFails().statusCode(201);
        }
        put("/api/v1/organizations/{id}", at(Stack.Service.REFERRAL, "admin.sas").body("""
                {"name": "Škola vstupní %s", "type": "SCHOOL", "municipalities": ["Brno"], "services": ["x"],
                 "acceptingNewClients": true}""".formatted(UUID.randomUUID())).post("/api/v1/organizations")
                .then().log().ifValidationFails().statusCode(201).extract().path("id"));
        Family f = family("ospod.novakova", "Rodina Odeslaná");
        String body = """
                {"familyId": "%s", "recipientOrganization": "sas-jih", "reason": "Housing at risk.",
                 "request": "Social activation.", "urgency": "URGENT", "basis": "STATUTORY",
                 "statutoryReference": "§ 10 odst. 4 zákona č. 359/1999 Sb."}""".formatted(f.id);
        String referral = until(() -> at(Stack.Service.REFERRAL, "ospod.novakova").body(body).post("/api/v1/referrals"));
        put("/api/v1/referrals/{id}", referral);
        // An approval request of SAS Jih and its org-admin's notification (the policy set for the moment only).
        String toClose = family("sas.dvorak", "Rodina Schvalovaná").id;
        String policy = "{\"action\": \"CASE_CLOSURE\", \"approverRole\": \"org-admin\"}";
        at(Stack.Service.FAMILY, "admin.sas").body(policy).put("/api/v1/approval-policies").then().log().ifValidationFails()
                .statusCode(200);
        String approval = at(Stack.Service.FAMILY, "sas.dvorak").header("If-Match", "\"0\"")
                .body("{\"reason\": \"OTHER\", \"summary\": \"Vstupy.\"}").post("/api/v1/families/" + toClose + "/closure")
                .then().log().ifValidationFails().statusCode(202).extract().path("id");
        long version = at(Stack.Service.FAMILY, "admin.sas").get("/api/v1/approval-policies").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.action == 'CASE_CLOSURE' }.version");
        at(Stack.Service.FAMILY, "admin.sas").header("If-Match", "\"" + version + "\"").body("{\"action\": \"CASE_CLOSURE\"}")
                .put("/api/v1/approval-policies").then().log().ifValidationFails().statusCode(204);
        put("/api/v1/approvals/{id}", approval);
        put("/api/v1/notifications/{id}", at(Stack.Service.FAMILY, "admin.sas").get("/api/v1/notifications?limit=100").then()
                .statusCode(200).extract().jsonPath().getString("items.find { it.refId == '" + approval + "' }.id"));
        // A draft: the recipient does not see it; two more, sent, for the recipient's answers.
        for (String answer : List.of("acceptance", "decline", "completion")) {
            String sent = until(() -> at(Stack.Service.REFERRAL, "ospod.novakova").body(body).post("/api/v1/referrals"));
            at(Stack.Service.REFERRAL, "ospod.novakova").post("/api/v1/referrals/" + sent + "/sending").then().log().ifValidationFails()
                    .statusCode(200);
            if (answer.equals("completion")) {
                at(Stack.Service.REFERRAL, "sas.dvorak").body("{}").post("/api/v1/referrals/" + sent + "/acceptance").then()
                        .log().ifValidationFails().statusCode(200);
            }
            scoped.put("/api/v1/referrals/{id}/" + answer, sent);
        }
    }

    private void conferenceService() {
        Family f = family("ospod.novakova", "Rodina Konferenční");
        String cc = until(() -> at(Stack.Service.CONFERENCE, "ospod.novakova").body("""
                {"familyId": "%s", "purpose": "Bydlení.", "scheduledFor": "%s", "place": "MěÚ"}"""
                .formatted(f.id, Instant.now().plus(Duration.ofDays(5)))).post("/api/v1/case-conferences"));
        put("/api/v1/case-conferences/{id}", cc);
        put("/api/v1/conferences/{id}", cc);
        put("/api/v1/case-conferences/{id}/participants/{participantId}", at(Stack.Service.CONFERENCE, "ospod.novakova")
                .body("{\"kind\": \"EXTERNAL\", \"name\": \"Učitelka\"}").post("/api/v1/case-conferences/" + cc + "/participants")
                .then().log().ifValidationFails().statusCode(200).extract().path("participants.find { it.kind == 'EXTERNAL' }.id"));
        // A second conference, held, for its task (minutes make the first one HELD, which the other operations may try).
        String held = until(() -> at(Stack.Service.CONFERENCE, "ospod.novakova").body("""
                {"familyId": "%s", "purpose": "Škola.", "scheduledFor": "%s", "place": "MěÚ"}"""
                .formatted(f.id, Instant.now().plus(Duration.ofDays(5)))).post("/api/v1/case-conferences"));
        String participant = at(Stack.Service.CONFERENCE, "ospod.novakova").body("{\"kind\": \"EXTERNAL\", \"name\": \"Učitel\"}")
                .post("/api/v1/case-conferences/" + held + "/participants").then().log().ifValidationFails().statusCode(200).extract().path("participants.find { it.kind == 'EXTERNAL' }.id");
        String task = at(Stack.Service.CONFERENCE, "ospod.novakova").body("""
                {"situation": "s", "childView": "c", "childPresent": true, "decisions": "d",
                 "tasks": [{"what": "Doprovodit na úřad", "ownerParticipantId": "%s", "dueDate": "%s"}]}"""
                .formatted(participant, LocalDate.now().plusDays(14))).post("/api/v1/case-conferences/" + held + "/minutes")
                .then().log().ifValidationFails().statusCode(200).extract().path("tasks[0].id");
        scoped.put("/api/v1/case-conferences/{id}/tasks", held);
        put("/api/v1/case-conferences/{id}/tasks/{taskId}", task);
        put("/api/v1/coordinators/{id}", at(Stack.Service.CONFERENCE, "admin.sas").body("""
                {"name": "Eva Vstupní", "languages": ["czech"], "gender": "FEMALE"}""").post("/api/v1/coordinators")
                .then().log().ifValidationFails().statusCode(201).extract().path("id"));
        // A conference being prepared (consented by the family, with an independent coordinator), and an invitee.
        String invited = until(() -> at(Stack.Service.CONFERENCE, "ospod.novakova").body("""
                {"familyId": "%s", "concern": "Škola.", "question": "Jak bude chodit do školy?",
                 "bottomLines": ["Chodí do školy."]}""".formatted(f.id)).post("/api/v1/family-conferences"));
        String consent = at(Stack.Service.FAMILY, "ospod.novakova").body("""
                {"givenBy": "%s", "purpose": "FAMILY_CONFERENCE", "formReference": "OSPOD/2026/VST-1"}""".formatted(f.members.get(0)))
                .post("/api/v1/families/" + f.id + "/consents").then().log().ifValidationFails().statusCode(201).extract().path("id");
        String decision = """
                {"decision": "CONSENTED", "memberId": "%s", "consentId": "%s"}""".formatted(f.members.get(0), consent);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> at(Stack.Service.CONFERENCE,
                "ospod.novakova").body(decision).post("/api/v1/family-conferences/" + invited + "/family-decision").statusCode() == 200);
        String coordinator = CoordinatorProfiles.radka();
        at(Stack.Service.CONFERENCE, "rk.koordinator").body("{\"coordinatorId\": \"" + coordinator + "\"}")
                .put("/api/v1/family-conferences/" + invited + "/coordinator").then().log().ifValidationFails().statusCode(200);
        put("/api/v1/family-conferences/{id}", invited);
        put("/api/v1/family-conferences/{id}/invitees/{inviteeId}", at(Stack.Service.CONFERENCE, "rk.koordinator")
                .body("{\"kind\": \"NETWORK\", \"name\": \"Marie Vstupní\", \"relation\": \"babička\"}")
                .post("/api/v1/family-conferences/" + invited + "/invitees").then().log().ifValidationFails().statusCode(200).extract().path("invitees.find { it.name == 'Marie Vstupní' }.id"));
    }

    private void tutoringService() {
        Family f = family("sas.dvorak", "Rodina Doučovaná Vstupní");
        at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "TUTORING", "scopes": ["SCHOOL"], "formReference": "SAS-JIH/2026/VST-2"}"""
                .formatted(f.members.get(0))).post("/api/v1/families/" + f.id + "/consents").then().log().ifValidationFails().statusCode(201);
        String tutor = Families.tutorBenes();
        put("/api/v1/tutors/{id}", at(Stack.Service.TUTORING, "klub.vesela").body("{\"name\": \"Tutor Vstupní\", \"subjects\": [\"math\"]}")
                .post("/api/v1/tutors").then().log().ifValidationFails().statusCode(201).extract().path("id"));
        String match = """
                {"tutorId": "%s", "familyId": "%s", "childId": "%s", "place": "Cejl 12, Brno", "schedule": "Mon 16:00",
                 "sasContactName": "Martin Dvořák", "subjects": ["math"], "goals": "Násobilka."}"""
                .formatted(tutor, f.id, f.members.get(1));
        put("/api/v1/matches/{id}", until(() -> at(Stack.Service.TUTORING, "klub.vesela").body(match).post("/api/v1/matches")));
        String club = at(Stack.Service.TUTORING, "klub.vesela").body("""
                {"name": "Předškoláček Vstupní", "place": "Cejl 50", "leaderName": "Lucie Veselá", "capacity": 12, "schedule": "Tue 9:00"}""")
                .post("/api/v1/clubs").then().log().ifValidationFails().statusCode(201).extract().path("id");
        put("/api/v1/clubs/{id}", club);
        put("/api/v1/clubs/{id}/enrolments/{enrolmentId}", until(() -> at(Stack.Service.TUTORING, "klub.vesela")
                .body("{\"familyId\": \"" + f.id + "\", \"childId\": \"" + f.members.get(2) + "\"}")
                .post("/api/v1/clubs/" + club + "/enrolments")));
        put("/api/v1/workshops/{id}", at(Stack.Service.TUTORING, "klub.vesela").body("{\"title\": \"Klub maminek\", \"kind\": \"MOTHERS_CLUB\"}")
                .post("/api/v1/workshops").then().log().ifValidationFails().statusCode(201).extract().path("id"));
    }

    private void communityService() {
        put("/api/v1/anonymous-clients/{id}", at(Stack.Service.COMMUNITY, "admin.nzdm").body("{\"code\": \"vstup-"
                + UUID.randomUUID().toString().substring(0, 8) + "\", \"ageBand\": \"AGE_15_17\", \"gender\": \"NOT_STATED\"}")
                .post("/api/v1/anonymous-clients").then().log().ifValidationFails().statusCode(201).extract().path("id"));
        put("/api/v1/programmes/{id}", at(Stack.Service.COMMUNITY, "admin.nzdm").body("""
                {"kind": "PARENT_GROUP", "name": "Skupina Vstupní", "placeKind": "CLUB", "municipality": "Brno"}""")
                .post("/api/v1/programmes").then().log().ifValidationFails().statusCode(201).extract().path("id"));
        put("/api/v1/mediation-cases/{id}", at(Stack.Service.COMMUNITY, "admin.nzdm").body("""
                {"type": "NEIGHBOUR", "mode": "PEER", "openedOn": "%s",
                 "parties": [{"label": "byt 1", "role": "stěžovatel"}, {"label": "byt 2", "role": "druhá strana"}]}"""
                .formatted(LocalDate.now().minusDays(30))).post("/api/v1/mediation-cases").then().log().ifValidationFails()
                .statusCode(201).extract().path("id"));
    }

    /** Retries a create until it answers 201 (the service may not yet have learnt the family from family-service's events). */
    static String until(Supplier<Response> create) {
        String[] id = new String[1];
        String[] last = new String[1];
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
                Response r = create.get();
                last[0] = r.statusCode() + " " + r.asString();
                id[0] = r.statusCode() == 201 ? r.path("id") : null;
                return id[0] != null;
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new IllegalStateException("a seed was not created: " + last[0], e);
        }
        return id[0];
    }
}
