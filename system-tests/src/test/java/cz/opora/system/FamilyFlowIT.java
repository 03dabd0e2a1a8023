package cz.opora.system;

import cz.opora.testing.Tokens;
import io.restassured.response.Response;
import cz.opora.testing.SampleRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The first slice across processes: family-service, the broker, referral-service, Keycloak, PostgreSQL. */
@ExtendWith(Stack.class)
class FamilyFlowIT {

    @Test
    void aRegisteredFamilyIsReadableByItsOwnerAndVisibleInReferralServiceWithinSeconds() {
        Response created = Families.register("sas.dvorak", SampleRequests.family("Rodina Systémová"));
        created.then().statusCode(201).header("ETag", "\"0\"");
        String id = created.path("id");
        Instant registered = Instant.now();

        given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(Tokens.user("sas.kralova"))
                .get("/api/v1/families/" + id).then().statusCode(200).body("name", equalTo("Rodina Systémová"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Families.inReferralService("sas.dvorak", id).then().statusCode(200)
                        .body("members.firstName", equalTo(List.of("Jana", "Petr"))));
        System.out.printf("family visible in referral-service %d ms after registration%n",
                Duration.between(registered, Instant.now()).toMillis());
    }

    @Test
    void aChangeWithTheCurrentETagReachesReferralServiceAndAStaleOneIsRefused() {
        String id = Families.register("sas.dvorak", SampleRequests.family("Rodina Stěhující se")).then().statusCode(201).extract().path("id");
        String change = """
                {"name": "Rodina Přestěhovaná", "address": {"street": "Dlouhá 1", "municipality": "Ostrava"}}""";
        given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(Tokens.user("sas.dvorak"))
                .contentType("application/json").header("If-Match", "\"0\"").body(change)
                .put("/api/v1/families/" + id).then().statusCode(200).header("ETag", "\"1\"");
        given().baseUri(Stack.Service.FAMILY.url()).auth().oauth2(Tokens.user("sas.dvorak"))
                .contentType("application/json").header("If-Match", "\"0\"").body(change)
                .put("/api/v1/families/" + id).then().statusCode(412);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Families.inReferralService("sas.dvorak", id).then().statusCode(200)
                        .body("name", equalTo("Rodina Přestěhovaná")).body("municipality", equalTo("Ostrava")));
    }

    @Test
    void erasureReachesEveryServiceThatHeldACopy() {
        String id = Families.register("sas.dvorak", SampleRequests.family("Rodina K Výmazu")).then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Families.inReferralService("sas.dvorak", id).then().statusCode(200));
        Families.closeAndErase(id, "sas.dvorak", "admin.sas");
        // Waits on the database, not by reading the copy: a read racing the erasure would audit after it.
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Families.count(Stack.Service.REFERRAL, "SELECT count(*) FROM known_family WHERE id = ?::uuid", id) == 0);
        Families.inReferralService("sas.dvorak", id).then().statusCode(404);
        assertThat(Families.count(Stack.Service.FAMILY, "SELECT count(*) FROM family WHERE id = ?::uuid", id)).isZero();
        assertThat(Families.count(Stack.Service.REFERRAL, "SELECT count(*) FROM known_family WHERE id = ?::uuid", id)).isZero();
        for (Stack.Service service : List.of(Stack.Service.FAMILY, Stack.Service.REFERRAL)) {
            assertThat(Families.count(service, "SELECT count(*) FROM audit_entry WHERE ?::uuid = ANY(resource_ids)", id))
                    .as(service + " keeps only that the erasure happened").isEqualTo(1);
        }
    }

    @Test
    void anotherOrganizationSeesNothingAnywhere() {
        String id = Families.register("sas.dvorak", SampleRequests.family("Rodina Důvěrná")).then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Families.inReferralService("sas.dvorak", id).then().statusCode(200));

        for (Stack.Service service : List.of(Stack.Service.FAMILY, Stack.Service.REFERRAL)) {
            given().baseUri(service.url()).auth().oauth2(Tokens.user("sas2.horak")).get("/api/v1/families/" + id)
                    .then().statusCode(404).contentType("application/problem+json");
            given().baseUri(service.url()).auth().oauth2(Tokens.user("ospod.novakova")).queryParam("limit", 100)
                    .get("/api/v1/families").then().statusCode(200).body("items.id", not(hasItem(id)));
            given().baseUri(service.url()).get("/api/v1/families/" + id).then().statusCode(401)
                    .contentType("application/problem+json");
            given().baseUri(service.url()).auth().oauth2(Tokens.user("tutor.benes")).get("/api/v1/families/" + id)
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void invalidPayloadsAreRefusedNamingTheFieldAndStoreNothing() {
        Map<String, String> cases = Map.of(
                "name", """
                        {"address": {"municipality": "Brno"}, "members": [{"firstName": "J", "lastName": "N", "role": "PARENT"}]}""",
                "members[0].birthDate", """
                        {"name": "R", "address": {"municipality": "Brno"}, "members": [{"firstName": "J", "lastName": "N", "role": "CHILD", "birthDate": "2999-12-31"}]}""",
                "members[0].role", """
                        {"name": "R", "address": {"municipality": "Brno"}, "members": [{"firstName": "J", "lastName": "N", "role": "COUSIN_IT"}]}""",
                "(body)", "{\"name\": ",
                "members[0].lastName", """
                        {"name": "R", "address": {"municipality": "Brno"}, "members": [{"firstName": "J", "lastName": "%s", "role": "PARENT"}]}"""
                        .formatted("N".repeat(1024 * 1024)));
        long families = Families.count(Stack.Service.FAMILY, "SELECT count(*) FROM family");
        long events = Families.count(Stack.Service.FAMILY, "SELECT count(*) FROM outbox_event");
        cases.forEach((field, body) -> Families.register("sas.dvorak", body).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field)));
        assertThat(Families.count(Stack.Service.FAMILY, "SELECT count(*) FROM family")).isEqualTo(families);
        assertThat(Families.count(Stack.Service.FAMILY, "SELECT count(*) FROM outbox_event")).isEqualTo(events);
    }

    @Test
    void everyServiceIsReadyAndDocumented() {
        for (Stack.Service service : Stack.Service.values()) {
            given().baseUri(service.managementUrl()).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().baseUri(service.managementUrl()).get("/q/health/live").then().statusCode(200);
            given().baseUri(service.url()).queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                    .body("info.title", equalTo("Opora " + service.module));
            given().baseUri(service.managementUrl()).get("/q/metrics").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("opora_outbox_pending"));
        }
    }
}
