package cz.opora.family.rest;

import cz.opora.family.domain.FamilyRepository;
import cz.opora.testing.SampleRequests;
import cz.opora.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The family API against the real PostgreSQL and Keycloak: access, scoping, validation, paging, audit. */
@QuarkusTest
class FamilyResourceTest {
    static final String CASE_MANAGER = "sas.dvorak";       // sas-jih
    static final String OTHER_ORG = "sas2.horak";          // sas-sever
    static final String FAMILY_WORKER = "sas.kralova";     // sas-jih

    @Inject
    FamilyRepository families;
    @Inject
    EntityManager em;

    static Response register(String user, String body) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/families");
    }

    @Test
    void theOwnersWorkerRegistersAndReadsAFamily() {
        Response created = register(CASE_MANAGER, SampleRequests.family("Rodina Novákových"));
        created.then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/families/[0-9a-f-]{36}"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("INTAKE"))
                .body("owningOrganization", equalTo("sas-jih"))
                .body("keyWorker", notNullValue())
                .body("members.role", equalTo(List.of("PARENT", "CHILD")))
                .body("members[1].birthDate", equalTo("2015-09-12"));
        String id = created.path("id");

        given().auth().oauth2(Tokens.user(FAMILY_WORKER)).get("/api/v1/families/" + id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo("Rodina Novákových"))
                .body("address.municipality", equalTo("Brno"))
                .body("members.firstName", equalTo(List.of("Jana", "Petr")));

        Number reads = (Number) em.createNativeQuery("SELECT count(*) FROM audit_entry WHERE action = 'family.read' "
                        + "AND ?1 = ANY(resource_ids) AND endpoint = 'GET /api/v1/families/{id}' AND actor_organization = 'sas-jih'")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
        assertThat(reads.intValue()).isEqualTo(1);
    }

    @Test
    void anotherOrganizationGets404AndNeverSeesItInAList() {
        String id = register(CASE_MANAGER, SampleRequests.family("Rodina Skrytá")).then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.user(OTHER_ORG)).get("/api/v1/families/" + id)
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().auth().oauth2(Tokens.partnerSasSever()).get("/api/v1/families/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.user(OTHER_ORG)).queryParam("limit", 100).get("/api/v1/families")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void noTokenIs401AndAForeignRoleIs403() {
        given().get("/api/v1/families").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", matchesPattern("Bearer.*"));
        given().auth().oauth2("not-a-token").get("/api/v1/families").then().statusCode(401);
        given().auth().oauth2(Tokens.user("tutor.benes")).get("/api/v1/families")
                .then().statusCode(403).contentType("application/problem+json");
        // A family worker may read but not register.
        register(FAMILY_WORKER, SampleRequests.family("Rodina Nepovolená")).then().statusCode(403);
        // The auditor has no organization and no role here.
        given().auth().oauth2(Tokens.user("auditor.kraj")).get("/api/v1/families").then().statusCode(403);
    }

    @Test
    void tokensOfAnotherAudienceOrRealmAre401() {
        given().auth().oauth2(Tokens.userWithoutOporaAudience(CASE_MANAGER)).get("/api/v1/families")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.otherRealm()).get("/api/v1/families")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String id = register(CASE_MANAGER, SampleRequests.family("Rodina Měnivá")).then().statusCode(201).extract().path("id");
        String path = "/api/v1/families/" + id;
        String change = """
                {"name": "Rodina Měnivá a Stálá", "address": {"street": "Vranovská 5", "municipality": "Brno", "postalCode": "614 00"}}""";

        given().auth().oauth2(Tokens.user(CASE_MANAGER)).contentType(ContentType.JSON).body(change).put(path)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user(CASE_MANAGER)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(change).put(path)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("Rodina Měnivá a Stálá")).body("address.street", equalTo("Vranovská 5"))
                .body("members.firstName", equalTo(List.of("Jana", "Petr")));
        given().auth().oauth2(Tokens.user(CASE_MANAGER)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(change).put(path)
                .then().statusCode(412).header("ETag", "\"1\"").contentType("application/problem+json");
        given().auth().oauth2(Tokens.user(FAMILY_WORKER)).get(path).then().statusCode(200).header("ETag", "\"1\"");

        given().auth().oauth2(Tokens.user(OTHER_ORG)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(change).put(path).then().statusCode(404);
        given().auth().oauth2(Tokens.user(FAMILY_WORKER)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(change).put(path).then().statusCode(403);
        given().auth().oauth2(Tokens.user(CASE_MANAGER)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"name\": \"\", \"address\": {\"municipality\": \"Brno\"}}").put(path)
                .then().statusCode(400).body("errors.field", hasItem("name"));
        given().auth().oauth2(Tokens.user(CASE_MANAGER)).get(path).then().body("name", equalTo("Rodina Měnivá a Stálá"));

        Number updates = (Number) em.createNativeQuery("SELECT count(*) FROM outbox_event WHERE message_key = ?1 "
                + "AND event_type = 'cz.opora.family.updated'").setParameter(1, id).getSingleResult();
        assertThat(updates.intValue()).as("one event per accepted change").isEqualTo(1);
    }

    @Test
    void thePartnerApplicationActsForItsOrganization() {
        Response created = given().auth().oauth2(Tokens.partnerSasSever()).contentType(ContentType.JSON)
                .body(SampleRequests.family("Rodina Partnerská")).post("/api/v1/families");
        created.then().statusCode(201).body("owningOrganization", equalTo("sas-sever"));
        given().auth().oauth2(Tokens.user(OTHER_ORG)).get("/api/v1/families/" + created.path("id")).then().statusCode(200);
    }

    @Test
    void ownerAndStateInTheBodyAreIgnored() {
        String body = """
                {"name": "Rodina Podvodná", "owningOrganization": "ospod-mesto", "status": "CLOSED", "id": "%s",
                 "address": {"municipality": "Brno"},
                 "members": [{"firstName": "Jana", "lastName": "N", "role": "PARENT"}]}
                """.formatted(UUID.randomUUID());
        register(CASE_MANAGER, body).then().statusCode(201)
                .body("owningOrganization", equalTo("sas-jih")).body("status", equalTo("INTAKE"));
    }

    static Stream<Arguments> invalidPayloads() {
        String huge = "x".repeat(1024 * 1024);
        return Stream.of(
                Arguments.of("missing name", """
                        {"address": {"municipality": "Brno"}, "members": [{"firstName": "J", "lastName": "N", "role": "PARENT"}]}""",
                        "name"),
                Arguments.of("birth date in the future", """
                        {"name": "R", "address": {"municipality": "Brno"}, "members": [{"firstName": "J", "lastName": "N", "role": "PARENT"},
                         {"firstName": "P", "lastName": "N", "role": "CHILD", "birthDate": "2999-01-01"}]}""",
                        "members[1].birthDate"),
                Arguments.of("unknown member role", """
                        {"name": "R", "address": {"municipality": "Brno"}, "members": [{"firstName": "J", "lastName": "N", "role": "UNCLE_BOB"}]}""",
                        "members[0].role"),
                Arguments.of("a 1 MB string", """
                        {"name": "%s", "address": {"municipality": "Brno"}, "members": [{"firstName": "J", "lastName": "N", "role": "PARENT"}]}"""
                        .formatted(huge), "name"),
                Arguments.of("malformed JSON", "{\"name\": \"R\", \"address\": ", "(body)"),
                Arguments.of("empty body", "", "(body)"),
                Arguments.of("wrong type", """
                        {"name": ["R"], "address": {"municipality": "Brno"}, "members": []}""", "name"),
                Arguments.of("date in the wrong format", """
                        {"name": "R", "address": {"municipality": "Brno"}, "members": [{"firstName": "J", "lastName": "N", "role": "CHILD", "birthDate": "12.9.2015"}]}""",
                        "members[0].birthDate"),
                Arguments.of("no members", """
                        {"name": "R", "address": {"municipality": "Brno"}, "members": []}""", "members"),
                Arguments.of("missing municipality", """
                        {"name": "R", "address": {}, "members": [{"firstName": "J", "lastName": "N", "role": "PARENT"}]}""",
                        "address.municipality"),
                Arguments.of("bad postal code", """
                        {"name": "R", "address": {"municipality": "Brno", "postalCode": "ABC"}, "members": [{"firstName": "J", "lastName": "N", "role": "PARENT"}]}""",
                        "address.postalCode"));
    }

    /** An unknown code among other bad fields: every bad field is named, the nested code by its path (EveryFieldError). */
    @Test
    void aBadCodeHidesNoOtherBadField() {
        long before = families.count();
        register(CASE_MANAGER, """
                {"name": "R", "address": {"municipality": "Brno", "postalCode": "ABC"},
                 "members": [{"firstName": "J", "lastName": "N", "role": "PARENT", "birthDate": "2999-01-01"},
                             {"firstName": "P", "lastName": "N", "role": "KING"}]}""").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("address.postalCode", "members[0].birthDate", "members[1].role"));
        assertThat(families.count()).as("families stored").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPayloads")
    void invalidPayloadsAre400NamingTheFieldAndStoreNothing(String label, String body, String field) {
        long before = families.count();
        Number outboxBefore = (Number) em.createNativeQuery("SELECT count(*) FROM outbox_event").getSingleResult();
        register(CASE_MANAGER, body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field))
                .body(not(matchesPattern("(?s).*(Exception|at cz\\.|at org\\.|SELECT|INSERT).*")));
        assertThat(families.count()).as("families stored").isEqualTo(before);
        Number outboxAfter = (Number) em.createNativeQuery("SELECT count(*) FROM outbox_event").getSingleResult();
        assertThat(outboxAfter.longValue()).as("events written").isEqualTo(outboxBefore.longValue());
    }

    @Test
    void aBodyOverTheLimitIs413ProblemAndStoresNothing() {
        long before = families.count();
        register(CASE_MANAGER, SampleRequests.family("x".repeat(3 * 1024 * 1024)))
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertThat(families.count()).isEqualTo(before);
    }

    @Test
    void listsAreKeysetPaginatedNewestFirst() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(0, register(CASE_MANAGER, SampleRequests.family("Rodina Stránkovaná " + i)).then().statusCode(201).extract().path("id"));
        }
        Response first = given().auth().oauth2(Tokens.user(CASE_MANAGER)).queryParam("limit", 2).get("/api/v1/families");
        first.then().statusCode(200).body("next", notNullValue());
        List<String> seen = new ArrayList<>(first.path("items.id"));
        Response second = given().auth().oauth2(Tokens.user(CASE_MANAGER)).queryParam("limit", 2)
                .queryParam("after", (String) first.path("next")).get("/api/v1/families");
        second.then().statusCode(200);
        seen.addAll(second.path("items.id"));
        assertThat(seen).hasSize(4).doesNotHaveDuplicates();
        assertThat(seen.subList(0, 3)).containsExactlyElementsOf(mine);

        given().auth().oauth2(Tokens.user(CASE_MANAGER)).queryParam("limit", 101).get("/api/v1/families")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        given().auth().oauth2(Tokens.user(CASE_MANAGER)).queryParam("limit", "abc").get("/api/v1/families")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
        given().auth().oauth2(Tokens.user(CASE_MANAGER)).queryParam("after", "bogus").get("/api/v1/families")
                .then().statusCode(400).body("errors.field", hasItem("after"));
    }
}
