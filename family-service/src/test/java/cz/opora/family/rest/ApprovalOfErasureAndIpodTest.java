package cz.opora.family.rest;

import cz.opora.testing.SampleRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cz.opora.family.TestRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Supervisor approval of an erasure and of an OSPOD individual plan (IPOD), per organization (OSPOD Město here):
 * the request waits in the approver role's queue, the requester may not approve it, and the action happens only in
 * the approver's transaction; a returned request leaves everything as it was, with the reason on the timeline.
 */
@QuarkusTest
class ApprovalOfErasureAndIpodTest {
    @Inject
    EntityManager em;

    static String etag(String familyId) {
        return as("ospod.novakova").get("/api/v1/families/" + familyId).then().statusCode(200).extract().header("ETag");
    }

    static String closedFamily(String name) {
        String id = as("ospod.novakova").body(SampleRequests.family(name)).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        as("ospod.novakova").header("If-Match", etag(id)).body("{\"reason\": \"GOALS_MET\", \"summary\": \"Hotovo.\"}")
                .post("/api/v1/families/" + id + "/closure").then().statusCode(200);
        return id;
    }

    static void requestErasure(String user, String family) {
        as(user).header("If-Match", etag(family)).body("{\"ground\": \"NO_LONGER_NECESSARY\", \"reason\": \"Lhůta.\"}")
                .post("/api/v1/families/" + family + "/erasure-request").then().statusCode(201);
    }

    List<String> queue(String user, String kind, String family) {
        return as(user).get("/api/v1/work?kind=" + kind + "&familyId=" + family).then().statusCode(200)
                .extract().jsonPath().getList("items.refId");
    }

    String approvalOf(String family) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("SELECT cast(id as text) FROM approval_request "
                    + "WHERE family_id = cast(?1 as uuid) AND status = 'PENDING'").setParameter(1, family).getResultList();
            return rows.isEmpty() ? null : rows.get(0).toString();
        });
    }

    void setPolicy(String action, String role) {
        as("admin.ospod").body("{\"action\": \"" + action + "\", \"approverRole\": \"" + role + "\"}")
                .put("/api/v1/approval-policies").then().statusCode(200);
    }

    void removePolicy(String action) {
        Integer version = as("admin.ospod").get("/api/v1/approval-policies").then().statusCode(200).extract()
                .path("items.find { it.action == '" + action + "' }.version");
        if (version != null) {
            as("admin.ospod").header("If-Match", "\"" + version + "\"").body("{\"action\": \"" + action + "\"}")
                    .put("/api/v1/approval-policies").then().statusCode(204);
        }
    }

    @Test
    void anErasureWaitsForAnOrgAdminsApprovalWhichIsTheErasureItself() {
        as("admin.ospod").body("{\"action\": \"ERASURE\", \"approverRole\": \"case-manager\"}")
                .put("/api/v1/approval-policies").then().statusCode(400).body("errors[0].field", equalTo("approverRole"));
        setPolicy("ERASURE", "org-admin");
        try {
            String family = closedFamily("Rodina Ke Smazání");
            requestErasure("ospod.novakova", family);
            String approval = approvalOf(family);
            assertThat(approval).as("the erasure request waits as an approval").isNotNull();
            assertThat(queue("admin.ospod", "APPROVAL_AWAITING", family)).containsExactly(approval);
            assertThat(queue("ospod.novakova", "APPROVAL_AWAITING", family)).isEmpty();
            assertThat(queue("admin.sas", "APPROVAL_AWAITING", family)).isEmpty();
            as("admin.ospod").get("/api/v1/approvals/" + approval).then().statusCode(200)
                    .body("action", equalTo("ERASURE")).body("payload.ground", equalTo("NO_LONGER_NECESSARY"));
            as("ospod.novakova").get("/api/v1/families/" + family + "/timeline").then()
                    .body("items.kind", hasItem("erasure.requested")).body("items.kind", hasItem("approval.requested"));

            as("ospod.novakova").header("If-Match", "\"0\"").post("/api/v1/approvals/" + approval + "/approval")
                    .then().statusCode(403);
            as("admin.sas").header("If-Match", "\"0\"").post("/api/v1/approvals/" + approval + "/approval")
                    .then().statusCode(404);
            as("ospod.novakova").get("/api/v1/families/" + family).then().statusCode(200);

            as("admin.ospod").header("If-Match", "\"0\"").post("/api/v1/approvals/" + approval + "/approval")
                    .then().statusCode(200).body("status", equalTo("APPROVED")).body("action", equalTo("ERASURE"));
            as("ospod.novakova").get("/api/v1/families/" + family).then().statusCode(404);
            as("admin.ospod").get("/api/v1/erasures?limit=100").then().statusCode(200)
                    .body("items.find { it.familyId == '" + family + "' }.requestedBy", equalTo("ospod.novakova"))
                    .body("items.find { it.familyId == '" + family + "' }.approvedBy", equalTo("admin.ospod"));
            as("ospod.novakova").get("/api/v1/notifications").then()
                    .body("items.find { it.refId == '" + approval + "' }.kind", equalTo("APPROVAL_DECIDED"));
            assertThat(queue("admin.ospod", "APPROVAL_AWAITING", family)).isEmpty();
        } finally {
            removePolicy("ERASURE");
        }
    }

    @Test
    void theRequesterCannotApproveTheirOwnErasureAndAReturnWithdrawsIt() {
        setPolicy("ERASURE", "org-admin");
        try {
            String own = closedFamily("Rodina Vlastní Žádosti");
            requestErasure("admin.ospod", own);
            String approval = approvalOf(own);
            as("admin.ospod").header("If-Match", "\"0\"").post("/api/v1/approvals/" + approval + "/approval")
                    .then().statusCode(409).body("type", endsWith("second-person-required"));
            as("ospod.novakova").get("/api/v1/families/" + own).then().statusCode(200);

            String returned = closedFamily("Rodina Vrácené Žádosti");
            requestErasure("ospod.novakova", returned);
            String second = approvalOf(returned);
            as("admin.ospod").header("If-Match", "\"0\"").body("{\"reason\": \"Běží soudní řízení.\"}")
                    .post("/api/v1/approvals/" + second + "/return").then().statusCode(200).body("status", equalTo("RETURNED"));
            as("ospod.novakova").get("/api/v1/families/" + returned + "/erasure-request").then().statusCode(404);
            as("ospod.novakova").get("/api/v1/families/" + returned).then().statusCode(200);
            as("ospod.novakova").get("/api/v1/families/" + returned + "/timeline").then()
                    .body("items.find { it.kind == 'approval.returned' }.summary", equalTo("Erasure returned: Běží soudní řízení."));

            // Withdrawn by its requester: the approval leaves the queue.
            requestErasure("ospod.novakova", returned);
            String third = approvalOf(returned);
            as("ospod.novakova").delete("/api/v1/families/" + returned + "/erasure-request").then().statusCode(204);
            as("admin.ospod").get("/api/v1/approvals/" + third).then().body("status", equalTo("RETURNED"));
            assertThat(queue("admin.ospod", "APPROVAL_AWAITING", returned)).isEmpty();
        } finally {
            removePolicy("ERASURE");
        }
    }

    static String ipod(String title) {
        return ipod(title, "{\"kind\": \"WORKER\", \"id\": \"" + cz.opora.testing.Tokens.subject("ospod.novakova")
                + "\", \"name\": \"OSPOD\"}");
    }

    static String ipod(String title, String who) {
        return """
                {"source": "OSPOD_IPOD", "title": "%s", "reviewDate": "%s",
                 "goals": [{"what": "Dítě chodí do školy", "steps": [{"what": "Schůzka se školou",
                   "who": %s, "dueDate": "%s"}]}]}"""
                .formatted(title, LocalDate.now().plusMonths(3), who, LocalDate.now().plusDays(14));
    }

    @Test
    void anIpodPlanIsAgreedOnlyOnceApprovedAndNeverByItsRequester() {
        setPolicy("IPOD_PLAN", "ospod-worker");
        try {
            String family = as("ospod.novakova").body(SampleRequests.family("Rodina Plánovaná")).post("/api/v1/families")
                    .then().statusCode(201).extract().path("id");
            String plans = "/api/v1/families/" + family + "/plans";
            as("ospod.novakova").body(ipod("Cizí člen", "{\"kind\": \"MEMBER\", \"id\": \"" + java.util.UUID.randomUUID() + "\"}"))
                    .post(plans).then().statusCode(400).body("errors[0].field", equalTo("goals[0].steps[0].who.id"));
            var requested = as("ospod.novakova").body(ipod("IPOD Plánovaní")).post(plans);
            requested.then().statusCode(202).body("action", equalTo("IPOD_PLAN")).body("status", equalTo("PENDING"))
                    .header("Location", endsWith("/api/v1/approvals/" + requested.path("id")));
            String approval = requested.path("id");
            as("ospod.novakova").get(plans).then().statusCode(200).body("items.size()", equalTo(0));
            as("ospod.novakova").body(ipod("Znovu")).post(plans).then().statusCode(409).body("type", endsWith("approval-pending"));
            assertThat(queue("ospod.novakova", "APPROVAL_AWAITING", family)).as("the approver role's queue")
                    .containsExactly(approval);
            as("ospod.novakova").header("If-Match", "\"0\"").post("/api/v1/approvals/" + approval + "/approval")
                    .then().statusCode(409).body("type", endsWith("second-person-required"));
            as("ospod.novakova").get(plans).then().statusCode(200).body("items.size()", equalTo(0));

        } finally {
            removePolicy("IPOD_PLAN");
        }
    }

    @Test
    void anApprovedIpodIsTheRequestersPlanAndAReturnedOneIsNoPlan() {
        setPolicy("IPOD_PLAN", "org-admin");
        try {
            String family = as("ospod.novakova").body(SampleRequests.family("Rodina Schválená")).post("/api/v1/families")
                    .then().statusCode(201).extract().path("id");
            String plans = "/api/v1/families/" + family + "/plans";
            String approval = as("ospod.novakova").body(ipod("IPOD Schválený")).post(plans).then().statusCode(202)
                    .extract().path("id");
            as("admin.ospod").header("If-Match", "\"0\"").post("/api/v1/approvals/" + approval + "/approval")
                    .then().statusCode(200).body("status", equalTo("APPROVED"));
            as("ospod.novakova").get(plans).then().statusCode(200).body("items.size()", equalTo(1))
                    .body("items[0].title", equalTo("IPOD Schválený")).body("items[0].source", equalTo("OSPOD_IPOD"));
            assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT agreed_by FROM plan "
                    + "WHERE family_id = cast(?1 as uuid)").setParameter(1, family).getSingleResult()))
                    .as("agreed as the requester's plan").isEqualTo(cz.opora.testing.Tokens.subject("ospod.novakova"));
            as("ospod.novakova").get("/api/v1/families/" + family + "/timeline").then()
                    .body("items.kind", hasItem("approval.approved")).body("items.kind", hasItem("plan.agreed"));

            String second = as("ospod.novakova").body(ipod("IPOD Vrácený")).post(plans).then().statusCode(202)
                    .extract().path("id");
            as("admin.ospod").header("If-Match", "\"0\"").body("{\"reason\": \"Doplnit cíle dítěte.\"}")
                    .post("/api/v1/approvals/" + second + "/return").then().statusCode(200);
            as("ospod.novakova").get(plans).then().body("items.title", not(hasItem("IPOD Vrácený")));
        } finally {
            removePolicy("IPOD_PLAN");
        }
        // No policy: agreed at once.
        String family = as("ospod.novakova").body(SampleRequests.family("Rodina Bez Schvalování")).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        as("ospod.novakova").body(ipod("IPOD Hned")).post("/api/v1/families/" + family + "/plans").then().statusCode(201);
    }
}
