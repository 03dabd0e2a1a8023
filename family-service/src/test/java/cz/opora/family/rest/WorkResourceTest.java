package cz.opora.family.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import cz.opora.events.EventType;
import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static cz.opora.family.TestRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * My work, notifications and approvals against the real PostgreSQL, Kafka, Keycloak and a real SMTP server
 * (GreenMail on the test SMTP port, started here; the service sends with Quarkus Mailer, not its mock).
 */
@QuarkusTest
class WorkResourceTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(TestSmtp.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    static final String POLICY = "{\"action\": \"CASE_CLOSURE\", \"approverRole\": \"org-admin\"}";

    @ConfigProperty(name = "opora.topic-prefix")
    String prefix;
    @Inject
    EntityManager em;

    String family(String name) {
        return as("sas.dvorak").body(SampleRequests.family(name)).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
    }

    static ObjectNode referral(EventType type, String family, UUID referralId, String recipient) {
        ObjectNode event = SampleEvents.about(type, UUID.fromString(family));
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("referralId", referralId.toString()).put("senderOrganization", "sas-jih").put("senderType", "SAS")
                .put("recipientOrganization", recipient).put("recipientType", "NZDM").put("recipientUsesOpora", true)
                .put("dueAt", java.time.Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        return event;
    }

    List<String> workRefs(String user, String query) {
        return as(user).get("/api/v1/work" + query).then().statusCode(200).extract().jsonPath().getList("items.refId");
    }

    @Test
    void aReferralToNzdmWaitsInItsQueueIsNotifiedAndEmailedWithoutTheFamilyAndGoesWhenAnswered() throws Exception {
        String family = family("Rodina Tajemná");
        UUID referral = UUID.randomUUID();
        KafkaTestClient.send(prefix + Topics.REFERRAL, family,
                referral(EventType.REFERRAL_SENT, family, referral, "nzdm-kotva").toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(workRefs("nzdm.svoboda", "?kind=REFERRAL_AWAITING_ANSWER&familyId=" + family)).contains(referral.toString()));
        as("nzdm.svoboda").get("/api/v1/work?kind=REFERRAL_AWAITING_ANSWER&familyId=" + family).then()
                .body("items.find { it.refId == '" + referral + "' }.familyId", nullValue())
                .body("items.find { it.refId == '" + referral + "' }.queue", equalTo(true))
                .body("items.find { it.refId == '" + referral + "' }.overdue", equalTo(false))
                .body("items.find { it.refId == '" + referral + "' }.link", equalTo("/api/v1/referrals/" + referral));
        assertThat(workRefs("sas.dvorak", "?familyId=" + family)).as("another organization's queue").doesNotContain(referral.toString());
        assertThat(workRefs("sas2.horak", "?familyId=" + family)).doesNotContain(referral.toString());

        as("nzdm.svoboda").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.refId == '" + referral + "' }.kind", equalTo("REFERRAL_RECEIVED"))
                .body("items.find { it.refId == '" + referral + "' }.read", equalTo(false));

        await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .anyMatch(m -> GreenMailUtil.getBody(m).contains(referral.toString())));
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> GreenMailUtil.getBody(m).contains(referral.toString())).findFirst().orElseThrow();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("nzdm.svoboda@demo.opora.cz");
        String whole = mail.getSubject() + "\n" + GreenMailUtil.getWholeMessage(mail);
        assertThat(mail.getSubject()).contains("doporučení");
        assertThat(whole).as("no personal data of the family")
                .doesNotContain("Tajemná").doesNotContain("Nováková").doesNotContain("Novák")
                .doesNotContain("1990-04-01").doesNotContain("2015-09-12").doesNotContain("Cejl")
                .doesNotContain(family);

        KafkaTestClient.send(prefix + Topics.REFERRAL, family,
                referral(EventType.REFERRAL_ACCEPTED, family, referral, "nzdm-kotva").toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(workRefs("nzdm.svoboda", "?familyId=" + family)).doesNotContain(referral.toString()));
    }

    @Test
    void anAbsenceAlertIsTheKeyWorkersAndTheOrgAdminSeesIt() {
        String family = family("Rodina Chybějící");
        ObjectNode alert = SampleEvents.about(EventType.TUTORING_ABSENCE_ALERT, UUID.fromString(family));
        UUID match = UUID.randomUUID();
        ((ObjectNode) alert.get("data")).put("refId", match.toString());
        KafkaTestClient.send(prefix + Topics.TUTORING, family, alert.toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(workRefs("sas.dvorak", "?kind=ABSENCE_ALERT&familyId=" + family)).contains(match.toString()));
        as("sas.dvorak").get("/api/v1/work?familyId=" + family).then().statusCode(200)
                .body("items.refId", hasItem(match.toString()))
                .body("items.find { it.refId == '" + match + "' }.familyId", equalTo(family))
                .body("items.find { it.refId == '" + match + "' }.queue", equalTo(false));
        assertThat(workRefs("sas.kralova", "?familyId=" + family)).as("not the key worker").doesNotContain(match.toString());
        assertThat(workRefs("admin.sas", "?familyId=" + family)).as("the org-admin sees the organization's")
                .contains(match.toString());
        assertThat(workRefs("admin.sever", "?familyId=" + family)).doesNotContain(match.toString());
        as("sas.dvorak").get("/api/v1/notifications?unread=true").then()
                .body("items.find { it.refId == '" + match + "' }.kind", equalTo("ABSENCE_ALERT"));
    }

    @Test
    void aFamilyPlanAwaitsTheReferrersDecisionUntilRejected() {
        String family = family("Rodina Konferenční");
        UUID conference = UUID.randomUUID();
        ObjectNode agreed = SampleEvents.about(EventType.CONFERENCE_FAMILY_PLAN_AGREED, UUID.fromString(family));
        ((ObjectNode) agreed.get("data")).put("conferenceId", conference.toString()).put("organization", "sas-jih");
        KafkaTestClient.send(prefix + Topics.CONFERENCE, family, agreed.toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(workRefs("sas.dvorak", "?kind=PLAN_AWAITING_DECISION&familyId=" + family)).contains(conference.toString()));
        as("sas.dvorak").get("/api/v1/notifications").then()
                .body("items.find { it.refId == '" + conference + "' }.kind", equalTo("PLAN_AWAITING_DECISION"));
        assertThat(workRefs("nzdm.svoboda", "?familyId=" + family)).doesNotContain(conference.toString());

        ObjectNode rejected = SampleEvents.about(EventType.CONFERENCE_FAMILY_PLAN_REJECTED, UUID.fromString(family));
        ((ObjectNode) rejected.get("data")).put("conferenceId", conference.toString()).put("organization", "sas-jih");
        KafkaTestClient.send(prefix + Topics.CONFERENCE, family, rejected.toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(workRefs("sas.dvorak", "?familyId=" + family)).doesNotContain(conference.toString()));
    }

    @Test
    void anOverdueStepAndAConsentExpiringWithin30DaysAreTheKeyWorkers() {
        Response created = as("sas.dvorak").body(SampleRequests.family("Rodina Termínová")).post("/api/v1/families");
        String family = created.then().statusCode(201).extract().path("id");
        String mother = created.path("members[0].id");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Prague"));
        String plan = """
                {"source": "SAS_PLAN", "title": "Bydlení", "reviewDate": "%s",
                 "goals": [{"what": "Bydlet", "steps": [
                    {"what": "Zajít na úřad", "who": {"kind": "WORKER", "id": "%s", "name": "x"}, "dueDate": "%s"},
                    {"what": "Přinést výpisy", "who": {"kind": "MEMBER", "id": "%s"}, "dueDate": "%s"}]}]}"""
                .formatted(today.plusMonths(6), Tokens.subject("sas.kralova"), today.minusDays(3), mother, today.minusDays(1));
        Response agreed = as("sas.dvorak").body(plan).post("/api/v1/families/" + family + "/plans");
        agreed.then().statusCode(201);
        String kralovaStep = agreed.path("goals[0].steps[0].id");
        String memberStep = agreed.path("goals[0].steps[1].id");

        as("sas.kralova").get("/api/v1/work?kind=PLAN_STEP&familyId=" + family).then().statusCode(200)
                .body("items.find { it.refId == '" + kralovaStep + "' }.overdue", equalTo(true));
        assertThat(workRefs("sas.dvorak", "?kind=PLAN_STEP&familyId=" + family)).as("the family's step: key worker")
                .containsExactly(memberStep);
        assertThat(workRefs("sas.dvorak", "?kind=PLAN_REVIEW&familyId=" + family)).containsExactly((String) agreed.path("id"));

        String soon = consent(family, mother, today.plusDays(10));
        String later = consent(family, mother, today.plusDays(40));
        assertThat(workRefs("sas.dvorak", "?kind=CONSENT_EXPIRING&familyId=" + family)).as("within 30 days only")
                .containsExactly(soon).doesNotContain(later);

        // Done: the step leaves the list in the same transaction.
        as("sas.kralova").header("If-Match", "\"0\"").body("{\"status\": \"DONE\"}")
                .put("/api/v1/families/" + family + "/plans/" + agreed.path("id") + "/steps/" + kralovaStep + "/progress")
                .then().statusCode(200);
        assertThat(workRefs("sas.kralova", "?kind=PLAN_STEP&familyId=" + family)).doesNotContain(kralovaStep);
    }

    String consent(String family, String mother, LocalDate until) {
        return as("sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "TUTORING", "validUntil": "%s", "formReference": "F-1"}"""
                .formatted(mother, until)).post("/api/v1/families/" + family + "/consents")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void theListIsKeysetPagedByDueDateAndChecksItsParameters() {
        String family = family("Rodina Stránkovaná");
        for (int i = 0; i < 3; i++) {
            ObjectNode alert = SampleEvents.about(EventType.TUTORING_ABSENCE_ALERT, UUID.fromString(family));
            ((ObjectNode) alert.get("data")).put("refId", UUID.randomUUID().toString());
            KafkaTestClient.send(prefix + Topics.TUTORING, family, alert.toString());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> workRefs("sas.dvorak", "?familyId=" + family).size() == 3);
        Response first = as("sas.dvorak").get("/api/v1/work?familyId=" + family + "&limit=2");
        first.then().statusCode(200).body("items.size()", equalTo(2)).body("next", not(nullValue()));
        Response second = as("sas.dvorak").get("/api/v1/work?familyId=" + family + "&limit=2&after=" + first.path("next"));
        second.then().statusCode(200).body("items.size()", equalTo(1)).body("next", nullValue());
        List<String> all = new java.util.ArrayList<>(first.jsonPath().getList("items.id"));
        all.addAll(second.jsonPath().getList("items.id"));
        assertThat(all).doesNotHaveDuplicates().hasSize(3);

        as("sas.dvorak").get("/api/v1/work?kind=NOPE").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        as("sas.dvorak").get("/api/v1/work?familyId=abc").then().statusCode(400).body("errors[0].field", equalTo("familyId"));
        as("sas.dvorak").get("/api/v1/work?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        as("sas.dvorak").get("/api/v1/work?after=xyz").then().statusCode(400).body("errors[0].field", equalTo("after"));
    }

    @Test
    void aWorkerMarksOwnNotificationsReadAndSwitchesEmailOffPerKind() {
        String family = family("Rodina Oznámená");
        as("sas.dvorak").body("{\"kind\": \"ABSENCE_ALERT\", \"email\": false}")
                .put("/api/v1/notifications/preferences").then().statusCode(200)
                .body("email", equalTo(false)).body("inApp", equalTo(true));
        try {
            ObjectNode alert = SampleEvents.about(EventType.TUTORING_ABSENCE_ALERT, UUID.fromString(family));
            UUID match = UUID.randomUUID();
            ((ObjectNode) alert.get("data")).put("refId", match.toString());
            KafkaTestClient.send(prefix + Topics.TUTORING, family, alert.toString());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("sas.dvorak").get("/api/v1/notifications")
                    .then().body("items.refId", hasItem(match.toString())));
            Response list = as("sas.dvorak").get("/api/v1/notifications");
            String id = list.path("items.find { it.refId == '" + match + "' }.id");
            int unread = list.path("unread");
            as("sas.dvorak").body("{\"read\": true}").put("/api/v1/notifications/" + id + "/read-state").then()
                    .statusCode(200).body("read", equalTo(true));
            as("sas.dvorak").body("{\"read\": true}").put("/api/v1/notifications/" + id + "/read-state").then()
                    .statusCode(200).body("read", equalTo(true));
            as("sas.dvorak").get("/api/v1/notifications").then().body("unread", equalTo(unread - 1));
            as("sas.kralova").body("{\"read\": true}").put("/api/v1/notifications/" + id + "/read-state").then()
                    .statusCode(404);
            as("sas.dvorak").body("{}").put("/api/v1/notifications/" + id + "/read-state").then().statusCode(400);
            assertThat(Arrays.stream(smtp.getReceivedMessages()).map(GreenMailUtil::getBody))
                    .as("e-mail switched off for absence alerts").noneMatch(b -> b.contains(match.toString()));
        } finally {
            as("sas.dvorak").body("{\"kind\": \"ABSENCE_ALERT\", \"email\": true}").put("/api/v1/notifications/preferences")
                    .then().statusCode(200);
        }
        as("sas.dvorak").body("{\"kind\": \"NOPE\", \"email\": true}").put("/api/v1/notifications/preferences").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void aClosureWaitsForTheApproverAndHappensOnlyAfterApproval() {
        String family = as("ospod.novakova").body(SampleRequests.family("Rodina Uzavíraná")).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        as("ospod.novakova").body(POLICY).put("/api/v1/approval-policies")
                .then().statusCode(403);
        as("admin.ospod").body(POLICY).put("/api/v1/approval-policies")
                .then().statusCode(200);
        try {
            Response requested = as("ospod.novakova").header("If-Match", "\"0\"")
                    .body("{\"reason\": \"GOALS_MET\", \"summary\": \"Hotovo.\"}")
                    .post("/api/v1/families/" + family + "/closure");
            requested.then().statusCode(202).body("status", equalTo("PENDING"));
            String approval = requested.path("id");
            // The case file asks for its own family's only, and the read it audits names only that family.
            String other = as("ospod.novakova").body(SampleRequests.family("Rodina Jiná")).post("/api/v1/families")
                    .then().statusCode(201).extract().path("id");
            as("ospod.novakova").queryParam("status", "PENDING").queryParam("familyId", family).get("/api/v1/approvals")
                    .then().statusCode(200).body("items.id", contains(approval));
            assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    SELECT cast(resource_ids AS text) FROM audit_entry WHERE action = 'approval.list'
                    ORDER BY occurred_at DESC LIMIT 1""").getSingleResult())).isEqualTo("{" + family + "}");
            as("ospod.novakova").queryParam("familyId", other).get("/api/v1/approvals")
                    .then().statusCode(200).body("items", hasSize(0));
            as("ospod.novakova").queryParam("familyId", "rodina-1").get("/api/v1/approvals")
                    .then().statusCode(400).body("errors.field", hasItem("familyId"));
            as("ospod.novakova").get("/api/v1/families/" + family).then().body("status", not(equalTo("CLOSED")));
            as("ospod.novakova").header("If-Match", "\"0\"").body("{\"reason\": \"GOALS_MET\", \"summary\": \"Znovu.\"}")
                    .post("/api/v1/families/" + family + "/closure").then().statusCode(409);
            assertThat(workRefs("admin.ospod", "?kind=APPROVAL_AWAITING&familyId=" + family)).contains(approval);
            assertThat(workRefs("ospod.novakova", "?kind=APPROVAL_AWAITING&familyId=" + family)).as("not the approver role").doesNotContain(approval);
            assertThat(workRefs("admin.sas", "?kind=APPROVAL_AWAITING&familyId=" + family)).doesNotContain(approval);

            as("ospod.novakova").header("If-Match", "\"0\"").post("/api/v1/approvals/" + approval + "/approval")
                    .then().statusCode(403);
            as("admin.sas").header("If-Match", "\"0\"").post("/api/v1/approvals/" + approval + "/approval")
                    .then().statusCode(404);
            as("admin.ospod").post("/api/v1/approvals/" + approval + "/approval").then().statusCode(428);
            as("admin.ospod").header("If-Match", "\"0\"").post("/api/v1/approvals/" + approval + "/approval")
                    .then().statusCode(200).body("status", equalTo("APPROVED"));
            as("ospod.novakova").get("/api/v1/families/" + family).then().body("status", equalTo("CLOSED"))
                    .body("closure.reason", equalTo("GOALS_MET"));
            as("ospod.novakova").get("/api/v1/families/" + family + "/timeline").then()
                    .body("items.kind", hasItem("approval.requested")).body("items.kind", hasItem("approval.approved"))
                    .body("items.kind", hasItem("family.closed"));
            assertThat(workRefs("admin.ospod", "?kind=APPROVAL_AWAITING&familyId=" + family)).doesNotContain(approval);
            as("ospod.novakova").get("/api/v1/notifications").then()
                    .body("items.find { it.refId == '" + approval + "' }.kind", equalTo("APPROVAL_DECIDED"));
        } finally {
            as("admin.ospod").body(POLICY)
                    .put("/api/v1/approval-policies").then().statusCode(428);
            removePolicy();
        }
    }

    @Test
    void aReturnedClosureLeavesTheFileOpenWithTheReasonOnItsTimeline() {
        String family = as("ospod.novakova").body(SampleRequests.family("Rodina Vrácená")).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        as("admin.ospod").body(POLICY).put("/api/v1/approval-policies")
                .then().statusCode(200);
        try {
            String approval = as("ospod.novakova").header("If-Match", "\"0\"")
                    .body("{\"reason\": \"GOALS_MET\", \"summary\": \"Hotovo.\"}")
                    .post("/api/v1/families/" + family + "/closure").then().statusCode(202).extract().path("id");
            as("admin.ospod").header("If-Match", "\"0\"").body("{\"reason\": \"\"}")
                    .post("/api/v1/approvals/" + approval + "/return").then().statusCode(400);
            as("admin.ospod").header("If-Match", "\"0\"").body("{\"reason\": \"Chybí závěrečná zpráva.\"}")
                    .post("/api/v1/approvals/" + approval + "/return").then().statusCode(200).body("status", equalTo("RETURNED"));
            as("admin.ospod").header("If-Match", "\"1\"").post("/api/v1/approvals/" + approval + "/approval")
                    .then().statusCode(409);
            as("ospod.novakova").get("/api/v1/families/" + family).then().body("status", not(equalTo("CLOSED")));
            as("ospod.novakova").get("/api/v1/families/" + family + "/timeline").then()
                    .body("items.find { it.kind == 'approval.returned' }.summary", equalTo("Closure returned: Chybí závěrečná zpráva."));
        } finally {
            removePolicy();
        }
        as("ospod.novakova").header("If-Match", "\"0\"").body("{\"reason\": \"GOALS_MET\", \"summary\": \"Hotovo.\"}")
                .post("/api/v1/families/" + family + "/closure").then().statusCode(200);
    }

    void removePolicy() {
        as("admin.ospod").get("/api/v1/approval-policies").then().statusCode(200)
                .body("items.action", hasItem("CASE_CLOSURE"));
        long version = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT version FROM approval_policy WHERE organization = 'ospod-mesto' AND action = 'CASE_CLOSURE'")
                .getSingleResult()).longValue());
        as("admin.ospod").header("If-Match", "\"" + version + "\"").body("{\"action\": \"CASE_CLOSURE\"}")
                .put("/api/v1/approval-policies").then().statusCode(204);
    }

    @Test
    void theListsQueryIsServedByThePartialIndexes() {
        String plan = QuarkusTransaction.requiringNew().call(() -> {
            // Whatever the table holds now: is there an index that gives the rows filtered and in order (no Sort)?
            em.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
            em.createNativeQuery("SET LOCAL enable_bitmapscan = off").executeUpdate();
            em.createNativeQuery("SET LOCAL enable_sort = off").executeUpdate();
            @SuppressWarnings("unchecked")
            List<String> rows = em.createNativeQuery("EXPLAIN SELECT id FROM work_item WHERE organization = 'sas-jih' "
                    + "AND state = 'OPEN' AND kind = 'PLAN_STEP' AND (visible_from IS NULL OR visible_from <= current_date) "
                    + "ORDER BY due_date, id LIMIT 21").getResultList();
            return String.join("\n", rows);
        });
        assertThat(plan).contains("work_item_open_kind_idx").doesNotContain("Sort");
        String all = QuarkusTransaction.requiringNew().call(() -> {
            // Whatever the table holds now: is there an index that gives the rows filtered and in order (no Sort)?
            em.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
            em.createNativeQuery("SET LOCAL enable_bitmapscan = off").executeUpdate();
            em.createNativeQuery("SET LOCAL enable_sort = off").executeUpdate();
            @SuppressWarnings("unchecked")
            List<String> rows = em.createNativeQuery("EXPLAIN SELECT id FROM work_item WHERE organization = 'sas-jih' "
                    + "AND state = 'OPEN' AND (visible_from IS NULL OR visible_from <= current_date) "
                    + "AND (assignee = 'x' OR (assignee IS NULL AND (assignee_role IS NULL OR assignee_role IN ('case-manager')))) "
                    + "ORDER BY due_date, id LIMIT 21").getResultList();
            return String.join("\n", rows);
        });
        assertThat(all).contains("work_item_open_idx").doesNotContain("Sort");
    }
}
