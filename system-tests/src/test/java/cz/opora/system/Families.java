package cz.opora.system;

import cz.opora.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Calls shared by the system tests. */
final class Families {
    private Families() {
    }

    static Response register(String user, String body) {
        return given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(Tokens.user(user))
                .contentType(ContentType.JSON).body(body).post("/api/v1/families");
    }

    static Response inReferralService(String user, String familyId) {
        return given().baseUri(Stack.Service.REFERRAL.url()).auth().oauth2(Tokens.user(user))
                .get("/api/v1/families/" + familyId);
    }

    /**
     * Records a consent in family-service; one that names an organization is refused (400) until family-service has
     * learnt that directory entry from referral-service's events, so this retries for up to 30 s. The consent's id.
     */
    static String consent(String user, String familyId, String body) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Response r = given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON)
                    .body(body).post("/api/v1/families/" + familyId + "/consents");
            if (r.statusCode() != 201 && r.statusCode() != 400) {
                throw new AssertionError("consent answered " + r.statusCode() + ": " + r.asString());
            }
            id[0] = r.statusCode() == 201 ? r.path("id") : null;
            return id[0] != null;
        });
        return id[0];
    }

    static long count(Stack.Service service, String sql, Object... params) {
        try (Connection db = Stack.database(service); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** tutor.benes as a vetted tutor of the programme (registered by klub.vesela the first time); the tutor's id. */
    static String tutorBenes() {
        String tutor = given().baseUri(Stack.Service.TUTORING.url()).auth().oauth2(Tokens.user("klub.vesela"))
                .get("/api/v1/tutors?vetting=COMPLETE&limit=100").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.username == 'tutor.benes' }.id");
        if (tutor != null) {
            return tutor;
        }
        return given().baseUri(Stack.Service.TUTORING.url()).auth().oauth2(Tokens.user("klub.vesela"))
                .contentType(ContentType.JSON).body("""
                        {"name": "Tomáš Beneš", "username": "tutor.benes", "subjects": ["math", "czech"], "languages": ["czech"],
                         "agreementSignedOn": "%s", "trainingCompletedOn": "%s", "criminalRecordDate": "%s"}"""
                        .formatted(java.time.LocalDate.now().minusMonths(2), java.time.LocalDate.now().minusMonths(1),
                                java.time.LocalDate.now().minusMonths(2)))
                .post("/api/v1/tutors").then().statusCode(201).extract().path("id");
    }

    /** POSTs until the service knows the family (another service's copy follows family-service's events); the id. */
    static String created(Stack.Service service, String user, String path, String body) {
        String[] id = new String[1];
        Response[] last = new Response[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .conditionEvaluationListener(c -> {
                    if (!c.isSatisfied() && last[0] != null) {
                        System.out.println("POST " + path + " not yet: " + last[0].statusCode() + " " + last[0].asString());
                    }
                })
                .until(() -> {
                    last[0] = given().baseUri(service.url()).auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON)
                            .body(body).post(path);
                    id[0] = last[0].statusCode() == 201 ? last[0].path("id") : null;
                    return id[0] != null;
                });
        return id[0];
    }

    /** The directory entries of the organizations the tests refer families to (each by its own org-admin, once). */
    static void directory() {
        for (String[] org : new String[][]{{"sas-jih", "SAS", "admin.sas"}, {"sas-sever", "SAS", "admin.sever"},
                {"ospod-mesto", "OSPOD", "admin.ospod"}, {"nzdm-kotva", "NZDM", "admin.nzdm"}}) {
            var admin = given().baseUri(Stack.Service.REFERRAL.url()).auth().oauth2(Tokens.user(org[2])).contentType(ContentType.JSON);
            if (admin.get("/api/v1/organizations/" + org[0]).statusCode() == 404) {
                given().baseUri(Stack.Service.REFERRAL.url()).auth().oauth2(Tokens.user(org[2])).contentType(ContentType.JSON).body("""
                        {"name": "%s", "type": "%s", "municipalities": ["Brno"], "services": ["test"],
                         "acceptingNewClients": true}""".formatted(org[0].toUpperCase(java.util.Locale.ROOT), org[1]))
                        .put("/api/v1/organizations/" + org[0]).then().statusCode(201);
            }
        }
    }

    /** The rows of a one-column query, joined by "; " (empty: none). */
    static String strings(Stack.Service service, String sql, Object... params) {
        try (Connection db = Stack.database(service); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            StringBuilder rows = new StringBuilder();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.append(rows.isEmpty() ? "" : "; ").append(rs.getString(1));
                }
            }
            return rows.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the file as the worker (if open); returns its ETag. */
    static String close(String familyId, String worker) {
        String family = "/api/v1/families/" + familyId;
        Response current = given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(Tokens.user(worker)).get(family);
        String etag = current.then().statusCode(200).extract().header("ETag");
        if ("CLOSED".equals(current.path("status"))) {
            return etag;
        }
        return given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(Tokens.user(worker)).contentType("application/json")
                .header("If-Match", etag).body("{\"reason\": \"FAMILY_ENDED_COOPERATION\", \"summary\": \"Rodina si nepřeje další spolupráci.\"}")
                .post(family + "/closure").then().statusCode(200).extract().header("ETag");
    }

    /** Closes the file (as the worker), asks for its erasure (the worker) and approves it (another person, an org-admin). */
    static void closeAndErase(String familyId, String worker, String orgAdmin) {
        String family = "/api/v1/families/" + familyId;
        String etag = close(familyId, worker);
        given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(Tokens.user(worker)).contentType("application/json")
                .header("If-Match", etag).body("{\"ground\": \"DATA_SUBJECT_REQUEST\", \"reason\": \"Žádost rodiny, GDPR čl. 17\"}")
                .post(family + "/erasure-request").then().statusCode(201);
        given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(Tokens.user(orgAdmin)).contentType("application/json")
                .header("If-Match", etag).post(family + "/erasure").then().statusCode(200);
    }
}
