package cz.opora.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Issue 17's "Done when" across the packaged services: a referral sent to NZDM is in the NZDM worker's My work, a
 * notification and an e-mail received by a real SMTP server (GreenMail, started here) without the family's name; three
 * missed tutoring sessions notify the SAS key worker; an overdue step and an expiring consent are the key worker's; a
 * closure waits for approval and happens only after it; a case conference's task reaches the owing organization's My
 * work; an erasure waits for the org-admin's approval; a statutory referral waits for the OSPOD org-admin's approval,
 * unseen by the recipient, and is sent only then.
 */
@ExtendWith(Stack.class)
class WorkIT {
    static final int SMTP_PORT = Integer.getInteger("opora.it.smtp.port", 3126);
    static GreenMail smtp;

    static RequestSpecification at(Stack.Service service, String user) {
        return given().baseUri(service.url()).auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    @BeforeAll
    static void familyServiceMailsToTheTestSmtpServer() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Stack.restart(Stack.Service.FAMILY, Map.of("OPORA_NOTIFICATIONS_EMAIL_ENABLED", "true",
                "OPORA_SMTP_HOST", "127.0.0.1", "OPORA_SMTP_PORT", Integer.toString(SMTP_PORT),
                "OPORA_SMTP_START_TLS", "DISABLED"));
    }

    @AfterAll
    static void stopSmtp() {
        Stack.restart(Stack.Service.FAMILY);
        smtp.stop();
    }

    /**
     * Every page of the user's work (the list is sorted by due date: a new item comes after every older one, and a
     * database that served many runs holds many).
     */
    List<String> work(String user, String query) {
        List<String> refs = new java.util.ArrayList<>();
        String after = null;
        do {
            var request = at(Stack.Service.FAMILY, user).queryParam("limit", 100);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.get("/api/v1/work" + query).then().statusCode(200).extract().jsonPath();
            refs.addAll(page.getList("items.refId", String.class));
            after = page.getString("next");
        } while (after != null);
        return refs;
    }

    @Test
    void aReferralToNzdmIsInItsWorkANotificationAndAnEmailWithoutTheFamily() throws Exception {
        Families.directory();
        Response registered = Families.register("sas.dvorak", SampleRequests.family("Rodina Pracovní"));
        String familyId = registered.then().statusCode(201).extract().path("id");
        List<String> members = registered.path("members.id");
        String consentId = Families.consent("sas.dvorak", familyId, """
                {"givenBy": "%s", "purpose": "SHARING", "recipientOrganization": "nzdm-kotva", "scopes": ["BASIC"],
                 "formReference": "SAS-JIH/2026/WORK"}""".formatted(members.get(0)));
        String draft = """
                {"familyId": "%s", "memberIds": ["%s"], "recipientOrganization": "nzdm-kotva",
                 "reason": "Petr spends afternoons alone.", "request": "Individual work in the club.",
                 "urgency": "URGENT", "basis": "CONSENT", "consentId": "%s"}""".formatted(familyId, members.get(1), consentId);
        String[] referral = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response created = at(Stack.Service.REFERRAL, "sas.dvorak").body(draft).post("/api/v1/referrals");
            referral[0] = created.statusCode() == 201 ? created.path("id") : null;
            return referral[0] != null;
        });
        at(Stack.Service.REFERRAL, "sas.dvorak").post("/api/v1/referrals/" + referral[0] + "/sending").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(work("nzdm.svoboda", "?kind=REFERRAL_AWAITING_ANSWER&familyId=" + familyId)).contains(referral[0]));
        at(Stack.Service.FAMILY, "nzdm.svoboda").get("/api/v1/notifications?unread=true").then()
                .body("items.find { it.refId == '" + referral[0] + "' }.kind", equalTo("REFERRAL_RECEIVED"));
        assertThat(work("sas.kralova", "?familyId=" + familyId)).doesNotContain(referral[0]);

        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .anyMatch(m -> GreenMailUtil.getBody(m).contains(referral[0])));
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> GreenMailUtil.getBody(m).contains(referral[0])).findFirst().orElseThrow();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("nzdm.svoboda@demo.opora.cz");
        assertThat(mail.getSubject() + GreenMailUtil.getWholeMessage(mail)).doesNotContain("Pracovní")
                .doesNotContain("Nováková").doesNotContain("1990-04-01").doesNotContain(familyId);

        at(Stack.Service.REFERRAL, "nzdm.svoboda").body("{}").post("/api/v1/referrals/" + referral[0] + "/acceptance")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(work("nzdm.svoboda", "?familyId=" + familyId)).doesNotContain(referral[0]));
    }

    @Test
    void threeMissedSessionsNotifyTheSasKeyWorker() {
        Response registered = Families.register("sas.dvorak", SampleRequests.family("Rodina Nepřítomná"));
        String familyId = registered.then().statusCode(201).extract().path("id");
        List<String> members = registered.path("members.id");
        at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "TUTORING", "scopes": ["SCHOOL"], "formReference": "SAS-JIH/2026/W-D"}"""
                .formatted(members.get(0))).post("/api/v1/families/" + familyId + "/consents").then().statusCode(201);
        String tutor = Families.tutorBenes();
        String matchBody = """
                {"tutorId": "%s", "familyId": "%s", "childId": "%s", "place": "Cejl 12, Brno", "schedule": "Mon 16:00",
                 "school": "ZŠ Merhautova", "schoolClass": "4.A", "sasContactName": "Martin Dvořák", "subjects": ["math"],
                 "goals": "Math."}""".formatted(tutor, familyId, members.get(1));
        String[] match = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response r = at(Stack.Service.TUTORING, "klub.vesela").body(matchBody).post("/api/v1/matches");
            match[0] = r.statusCode() == 201 ? r.path("id") : null;
            return match[0] != null;
        });
        at(Stack.Service.TUTORING, "klub.vesela").body("{}").post("/api/v1/matches/" + match[0] + "/start").then().statusCode(200);
        String sessions = "/api/v1/matches/" + match[0] + "/sessions";
        for (int days = 10; days >= 6; days -= 2) {
            at(Stack.Service.TUTORING, "tutor.benes").body("{\"date\": \"" + LocalDate.now().minusDays(days) + "\", \"held\": false}")
                    .post(sessions).then().statusCode(201);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> at(Stack.Service.FAMILY, "sas.dvorak")
                .get("/api/v1/notifications?unread=true").then()
                .body("items.find { it.refId == '" + match[0] + "' }.kind", equalTo("ABSENCE_ALERT")));
        assertThat(work("sas.dvorak", "?kind=ABSENCE_ALERT&familyId=" + familyId)).containsExactly(match[0]);
    }

    @Test
    void anOverdueStepAndAnExpiringConsentAreTheKeyWorkers() {
        Response registered = Families.register("sas.dvorak", SampleRequests.family("Rodina Lhůtová"));
        String familyId = registered.then().statusCode(201).extract().path("id");
        List<String> members = registered.path("members.id");
        LocalDate today = LocalDate.now();
        Response plan = at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"source": "SAS_PLAN", "title": "Bydlení", "reviewDate": "%s",
                 "goals": [{"what": "Bydlet", "steps": [
                    {"what": "Přinést výpisy", "who": {"kind": "MEMBER", "id": "%s"}, "dueDate": "%s"}]}]}"""
                .formatted(today.plusMonths(3), members.get(0), today.minusDays(2)))
                .post("/api/v1/families/" + familyId + "/plans");
        plan.then().statusCode(201);
        String step = plan.path("goals[0].steps[0].id");
        String consent = at(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "TUTORING", "validUntil": "%s", "formReference": "SAS-JIH/2026/W-C"}"""
                .formatted(members.get(0), today.plusDays(14))).post("/api/v1/families/" + familyId + "/consents")
                .then().statusCode(201).extract().path("id");
        at(Stack.Service.FAMILY, "sas.dvorak").get("/api/v1/work?familyId=" + familyId).then().statusCode(200)
                .body("items.find { it.refId == '" + step + "' }.overdue", equalTo(true))
                .body("items.find { it.refId == '" + consent + "' }.kind", equalTo("CONSENT_EXPIRING"));
    }

    @Test
    void aClosureWaitsForApprovalAndHappensOnlyAfterIt() {
        String familyId = Families.register("ospod.novakova", SampleRequests.family("Rodina Schvalovaná"))
                .then().statusCode(201).extract().path("id");
        at(Stack.Service.FAMILY, "admin.ospod").body("{\"action\": \"CASE_CLOSURE\", \"approverRole\": \"org-admin\"}")
                .put("/api/v1/approval-policies").then().statusCode(200);
        try {
            String approval = at(Stack.Service.FAMILY, "ospod.novakova").header("If-Match", "\"0\"")
                    .body("{\"reason\": \"GOALS_MET\", \"summary\": \"Hotovo.\"}")
                    .post("/api/v1/families/" + familyId + "/closure").then().statusCode(202).extract().path("id");
            at(Stack.Service.FAMILY, "ospod.novakova").get("/api/v1/families/" + familyId).then()
                    .body("status", not(equalTo("CLOSED")));
            assertThat(work("admin.ospod", "?kind=APPROVAL_AWAITING&familyId=" + familyId)).contains(approval);
            at(Stack.Service.FAMILY, "admin.ospod").header("If-Match", "\"0\"")
                    .post("/api/v1/approvals/" + approval + "/approval").then().statusCode(200);
            at(Stack.Service.FAMILY, "ospod.novakova").get("/api/v1/families/" + familyId).then()
                    .body("status", equalTo("CLOSED"));
            at(Stack.Service.FAMILY, "ospod.novakova").get("/api/v1/families/" + familyId + "/timeline").then()
                    .body("items.kind", hasItem("approval.approved"));
        } finally {
            long version = at(Stack.Service.FAMILY, "admin.ospod").get("/api/v1/approval-policies").then().statusCode(200)
                    .extract().jsonPath().getLong("items.find { it.action == 'CASE_CLOSURE' }.version");
            at(Stack.Service.FAMILY, "admin.ospod").header("If-Match", "\"" + version + "\"")
                    .body("{\"action\": \"CASE_CLOSURE\"}").put("/api/v1/approval-policies");
        }
    }

    static final String STATUTORY_REFERRAL = """
            {"familyId": "%s", "recipientOrganization": "sas-jih", "reason": "Výpověď z nájmu; tři děti.",
             "request": "Sociální aktivizace k udržení bydlení.", "urgency": "URGENT", "basis": "STATUTORY",
             "statutoryReference": "§ 10 odst. 4 zákona č. 359/1999 Sb."}""";

    /**
     * A statutory referral of the OSPOD worker, drafted and sent: its id when the sending answered as expected (202:
     * it waits for approval; 200: it went at once), else null. One that went at once is withdrawn again, so that the
     * recipient is left nothing.
     */
    static String sendStatutory(String familyId, int expectWhileWaiting) {
        Response drafted = at(Stack.Service.REFERRAL, "ospod.novakova").body(STATUTORY_REFERRAL.formatted(familyId))
                .post("/api/v1/referrals");
        if (drafted.statusCode() != 201) {
            return null;
        }
        String id = drafted.path("id");
        Response sent = at(Stack.Service.REFERRAL, "ospod.novakova").header("If-Match", "\"0\"").body("{}")
                .post("/api/v1/referrals/" + id + "/sending");
        if (sent.statusCode() == 200) {
            at(Stack.Service.REFERRAL, "ospod.novakova").header("If-Match", sent.header("ETag"))
                    .body("{\"note\": \"Zkouška.\"}").post("/api/v1/referrals/" + id + "/withdrawal");
        }
        return sent.statusCode() == expectWhileWaiting ? id : null;
    }

    @Test
    void aStatutoryReferralWaitsForTheSupervisorsApprovalAndIsSentOnlyThen() {
        String familyId = Families.register("ospod.novakova", SampleRequests.family("Rodina Zákonně Doporučená"))
                .then().statusCode(201).extract().path("id");
        at(Stack.Service.FAMILY, "admin.ospod").body("{\"action\": \"STATUTORY_REFERRAL\", \"approverRole\": \"org-admin\"}")
                .put("/api/v1/approval-policies").then().statusCode(200);
        try {
            // referral-service learns the policy from family-service's event.
            String referral = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> sendStatutory(familyId, 202), id -> id != null);
            at(Stack.Service.REFERRAL, "ospod.novakova").get("/api/v1/referrals/" + referral).then()
                    .body("status", equalTo("AWAITING_APPROVAL"));
            at(Stack.Service.REFERRAL, "sas.dvorak").get("/api/v1/referrals/" + referral).then().statusCode(404);

            List<String> waiting = await().atMost(Duration.ofSeconds(30)).until(() ->
                    work("admin.ospod", "?kind=APPROVAL_AWAITING&familyId=" + familyId), items -> !items.isEmpty());
            String approval = waiting.get(0);
            at(Stack.Service.FAMILY, "admin.ospod").get("/api/v1/approvals/" + approval).then().statusCode(200)
                    .body("action", equalTo("STATUTORY_REFERRAL")).body("payload.referralId", equalTo(referral));
            at(Stack.Service.FAMILY, "ospod.novakova").header("If-Match", "\"0\"")
                    .post("/api/v1/approvals/" + approval + "/approval").then().statusCode(403);
            at(Stack.Service.FAMILY, "admin.ospod").header("If-Match", "\"0\"")
                    .post("/api/v1/approvals/" + approval + "/approval").then().statusCode(200);

            // Sent as a sending does: the recipient sees it and has it in its queue.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> at(Stack.Service.REFERRAL, "sas.dvorak")
                    .get("/api/v1/referrals/" + referral).then().statusCode(200).body("status", equalTo("SENT")));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(work("sas.dvorak", "?kind=REFERRAL_AWAITING_ANSWER")).contains(referral));
            at(Stack.Service.FAMILY, "ospod.novakova").get("/api/v1/families/" + familyId + "/timeline").then()
                    .body("items.kind", hasItem("approval.requested")).body("items.kind", hasItem("approval.approved"));
        } finally {
            long version = at(Stack.Service.FAMILY, "admin.ospod").get("/api/v1/approval-policies").then().statusCode(200)
                    .extract().jsonPath().getLong("items.find { it.action == 'STATUTORY_REFERRAL' }.version");
            at(Stack.Service.FAMILY, "admin.ospod").header("If-Match", "\"" + version + "\"")
                    .body("{\"action\": \"STATUTORY_REFERRAL\"}").put("/api/v1/approval-policies");
            // The other suites' statutory referrals go at once again only once referral-service has learnt that.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> sendStatutory(familyId, 200) != null);
        }
    }

    @Test
    void aCaseConferenceTaskReachesTheOwingOrganizationsWorkUntilFollowedUp() {
        String familyId = Families.register("ospod.novakova", SampleRequests.family("Rodina Konferenční"))
                .then().statusCode(201).extract().path("id");
        String convene = """
                {"familyId": "%s", "purpose": "Kdo rodině pomůže s bydlením.", "scheduledFor": "%s", "place": "MěÚ"}"""
                .formatted(familyId, java.time.Instant.now().plus(Duration.ofDays(3)));
        String[] conference = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response created = at(Stack.Service.CONFERENCE, "ospod.novakova").body(convene).post("/api/v1/case-conferences");
            conference[0] = created.statusCode() == 201 ? created.path("id") : null;
            return conference[0] != null;
        });
        String path = "/api/v1/case-conferences/" + conference[0];
        String etag = at(Stack.Service.CONFERENCE, "ospod.novakova").get(path).then().statusCode(200).extract().header("ETag");
        Response added = at(Stack.Service.CONFERENCE, "ospod.novakova").header("If-Match", etag).body("""
                {"kind": "WORKER", "organization": "sas-jih", "organizationType": "SAS", "name": "Martin Dvořák"}""")
                .post(path + "/participants");
        String sas = added.then().statusCode(200).extract().path("participants.find { it.organization == 'sas-jih' }.id");
        LocalDate due = LocalDate.now().plusDays(10);
        Response held = at(Stack.Service.CONFERENCE, "ospod.novakova").header("If-Match", added.header("ETag")).body("""
                {"situation": "Dluh na nájemném.", "childPresent": false, "childView": "Chce zůstat ve škole.",
                 "decisions": "SAS doprovodí matku.",
                 "tasks": [{"what": "Doprovod na bytový odbor", "ownerParticipantId": "%s", "dueDate": "%s"}]}"""
                .formatted(sas, due)).post(path + "/minutes");
        String task = held.then().statusCode(200).extract().path("tasks[0].id");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(work("sas.dvorak", "?kind=CONFERENCE_TASK")).contains(task));
        at(Stack.Service.FAMILY, "sas.dvorak").get("/api/v1/work?kind=CONFERENCE_TASK").then()
                .body("items.find { it.refId == '" + task + "' }.dueDate", equalTo(due.toString()))
                .body("items.find { it.refId == '" + task + "' }.link", equalTo(path));
        at(Stack.Service.FAMILY, "sas.dvorak").get("/api/v1/notifications").then()
                .body("items.find { it.refId == '" + task + "' }.kind", equalTo("TASK_ASSIGNED"));
        assertThat(work("nzdm.svoboda", "?kind=CONFERENCE_TASK")).as("another organization").doesNotContain(task);
        assertThat(work("ospod.novakova", "?kind=CONFERENCE_TASK")).as("the convener does not owe it").doesNotContain(task);

        at(Stack.Service.CONFERENCE, "ospod.novakova").header("If-Match", held.header("ETag")).body("{\"status\": \"DONE\"}")
                .put(path + "/tasks/" + task).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(work("sas.dvorak", "?kind=CONFERENCE_TASK")).doesNotContain(task));
    }

    @Test
    void anErasureWaitsForTheOrgAdminsApprovalAndHappensOnlyThen() {
        String familyId = Families.register("ospod.novakova", SampleRequests.family("Rodina Mazaná"))
                .then().statusCode(201).extract().path("id");
        at(Stack.Service.FAMILY, "ospod.novakova").header("If-Match", "\"0\"")
                .body("{\"reason\": \"GOALS_MET\", \"summary\": \"Hotovo.\"}")
                .post("/api/v1/families/" + familyId + "/closure").then().statusCode(200);
        at(Stack.Service.FAMILY, "admin.ospod").body("{\"action\": \"ERASURE\", \"approverRole\": \"org-admin\"}")
                .put("/api/v1/approval-policies").then().statusCode(200);
        try {
            String etag = at(Stack.Service.FAMILY, "ospod.novakova").get("/api/v1/families/" + familyId).then()
                    .statusCode(200).extract().header("ETag");
            at(Stack.Service.FAMILY, "ospod.novakova").header("If-Match", etag)
                    .body("{\"ground\": \"NO_LONGER_NECESSARY\", \"reason\": \"Lhůta uplynula.\"}")
                    .post("/api/v1/families/" + familyId + "/erasure-request").then().statusCode(201);
            List<String> waiting = work("admin.ospod", "?kind=APPROVAL_AWAITING&familyId=" + familyId);
            assertThat(waiting).hasSize(1);
            at(Stack.Service.FAMILY, "ospod.novakova").get("/api/v1/families/" + familyId).then().statusCode(200);
            at(Stack.Service.FAMILY, "admin.ospod").header("If-Match", "\"0\"")
                    .post("/api/v1/approvals/" + waiting.get(0) + "/approval").then().statusCode(200)
                    .body("action", equalTo("ERASURE"));
            at(Stack.Service.FAMILY, "ospod.novakova").get("/api/v1/families/" + familyId).then().statusCode(404);
        } finally {
            long version = at(Stack.Service.FAMILY, "admin.ospod").get("/api/v1/approval-policies").then().statusCode(200)
                    .extract().jsonPath().getLong("items.find { it.action == 'ERASURE' }.version");
            at(Stack.Service.FAMILY, "admin.ospod").header("If-Match", "\"" + version + "\"")
                    .body("{\"action\": \"ERASURE\"}").put("/api/v1/approval-policies");
        }
    }
}
