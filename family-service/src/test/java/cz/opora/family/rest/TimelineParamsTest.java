package cz.opora.family.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.EventType;
import cz.opora.events.Topics;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import cz.opora.testing.SampleRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cz.opora.family.TestRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Timeline entries carry the parameters their summary is made of ({@code params}), so that a reader renders them in
 * its own language from the kind: this service's own entries, and those other services report (from the event's
 * payload). Parameters are organization ids, codes and counts, never people.
 */
@QuarkusTest
class TimelineParamsTest {
    @ConfigProperty(name = "opora.topic-prefix")
    String prefix;

    private static String register(String name) {
        return as("sas.dvorak").body(SampleRequests.family(name)).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, String> paramsOf(String family, String kind) {
        List<Map<String, Object>> items = as("sas.dvorak").get("/api/v1/families/" + family + "/timeline?limit=100")
                .then().statusCode(200).extract().path("items");
        Map<String, Object> entry = items.stream().filter(e -> kind.equals(e.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " entry in " + items));
        @SuppressWarnings("unchecked")
        Map<String, String> params = (Map<String, String>) entry.get("params");
        return params;
    }

    @Test
    void ownEntriesCarryTheCodesAndCountsTheirSummaryIsMadeOf() {
        String family = register("Rodina Parametrická");
        as("sas.dvorak").body("""
                {"date": "%s", "durationMinutes": 90, "type": "HOME_VISIT"}""".formatted(LocalDate.now()))
                .post("/api/v1/families/" + family + "/contacts").then().statusCode(201);
        String tag = as("sas.dvorak").get("/api/v1/families/" + family).then().extract().header("ETag");
        as("sas.dvorak").header("If-Match", tag).body("{\"reason\": \"MOVED_AWAY\", \"summary\": \"Odstěhovali se.\"}")
                .post("/api/v1/families/" + family + "/closure").then().statusCode(200);

        assertThat(paramsOf(family, "contact.recorded")).containsExactlyInAnyOrderEntriesOf(Map.of("type", "HOME_VISIT", "minutes", "90"));
        assertThat(paramsOf(family, "family.closed")).containsExactlyEntriesOf(Map.of("reason", "MOVED_AWAY"));
        assertThat(paramsOf(family, "family.registered")).isEmpty();
    }

    @Test
    void aMembersEntryNamesTheRoleNeverThePerson() {
        String family = register("Rodina Bezejmenná");
        Response added = as("sas.dvorak").body("""
                {"firstName": "Kryštof", "lastName": "Neviditelný", "role": "SIBLING"}""")
                .post("/api/v1/families/" + family + "/members");
        added.then().statusCode(201);
        Map<String, String> params = paramsOf(family, "member.added");
        assertThat(params).containsExactlyEntriesOf(Map.of("role", "SIBLING"));
        assertThat(params.values()).noneMatch(v -> v.contains("Kryštof") || v.contains("Neviditelný"));
    }

    @Test
    void anotherServicesEntryTakesItsParametersFromTheEventsPayload() {
        String family = register("Rodina Odkázaná s parametry");
        KafkaTestClient.send(prefix + Topics.REFERRAL, family,
                SampleEvents.about(EventType.ACTIVITY_REPORTED, UUID.fromString(family)).toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("sas.dvorak").get("/api/v1/families/" + family + "/timeline").then()
                        .body("items.kind", hasItem("referral.accepted"))
                        .body("items.find { it.kind == 'referral.accepted' }.params.sender", equalTo("sas-jih"))
                        .body("items.find { it.kind == 'referral.accepted' }.params.recipient", equalTo("nzdm-kotva")));
    }

    @Test
    void anEventOfAProducerWithoutParametersStillMakesAnEntryWithNone() {
        String family = register("Rodina Starého Formátu");
        ObjectNode event = SampleEvents.about(EventType.ACTIVITY_REPORTED, UUID.fromString(family));
        ((ObjectNode) event.get("data")).remove("params");
        KafkaTestClient.send(prefix + Topics.REFERRAL, family, event.toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("sas.dvorak").get("/api/v1/families/" + family + "/timeline").then()
                        .body("items.kind", hasItem("referral.accepted")));
        assertThat(paramsOf(family, "referral.accepted")).isEmpty();
    }
}
