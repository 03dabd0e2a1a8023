package cz.opora.community.rest;

import cz.opora.community.CommunityFixture;
import cz.opora.testing.Spreadsheets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static cz.opora.community.CommunityFixture.COMMUNITY;
import static cz.opora.community.CommunityFixture.MEDIATOR;
import static cz.opora.community.CommunityFixture.NZDM;
import static cz.opora.community.CommunityFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The figures of a period for funders: what was recorded on one day moves the figures of that day by exactly that
 * much (unique clients count a client once however many contacts), and CSV and XLSX carry the JSON figures.
 */
@QuarkusTest
class StatisticsTest {
    static final String URL = "/api/v1/community-statistics";

    static JsonPath figures(String user, LocalDate day) {
        return as(user).queryParam("from", day.toString()).queryParam("to", day.toString()).get(URL).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aDaysWorkMovesTheDaysFiguresByExactlyThatMuch() {
        LocalDate day = LocalDate.now().minusDays(40);
        JsonPath before = figures(NZDM, day);

        String a = CommunityFixture.client(NZDM, "AGE_15_17");
        String b = CommunityFixture.client(NZDM, "AGE_11_14");
        // Minutes in multiples of six: hours are answered to one decimal, so the day's figures move by exactly 0.1 h steps.
        String contact = """
                {"place": "%s", "date": "%s", "durationMinutes": %d, "interventions": [%s]}""";
        as(NZDM).body(contact.formatted("FIELD", day, 60, "{\"type\": \"CONTACT_WORK\", \"minutes\": 18}, {\"type\": \"COUNSELLING\", \"minutes\": 42}"))
                .post("/api/v1/anonymous-clients/" + a + "/contacts").then().statusCode(201);
        as(NZDM).body(contact.formatted("CLUB", day, 30, "{\"type\": \"COUNSELLING\", \"minutes\": 30}"))
                .post("/api/v1/anonymous-clients/" + a + "/contacts").then().statusCode(201);
        as(NZDM).body(contact.formatted("CLUB", day, 90, "{\"type\": \"LEISURE_PREVENTIVE\", \"minutes\": 90}"))
                .post("/api/v1/anonymous-clients/" + b + "/contacts").then().statusCode(201);
        String programme = as(COMMUNITY).body("""
                {"kind": "PARENT_GROUP", "name": "Rodiče Cejl", "placeKind": "COMMUNITY_CENTRE", "municipality": "Brno"}""")
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        as(COMMUNITY).body("{\"date\": \"%s\", \"topic\": \"Škola\", \"attendance\": {\"OVER_26\": 6, \"AGE_18_26\": 2}}".formatted(day))
                .post("/api/v1/programmes/" + programme + "/sessions").then().statusCode(201);
        String mediation = as(MEDIATOR).body("""
                {"type": "SCHOOL", "mode": "PROFESSIONAL", "openedOn": "%s",
                 "parties": [{"label": "rodiče žáka", "role": "stěžovatel"}, {"label": "třídní učitelka", "role": "škola"}]}"""
                .formatted(day)).post("/api/v1/mediation-cases").then().statusCode(201).extract().path("id");
        as(MEDIATOR).body("{\"date\": \"%s\", \"durationMinutes\": 60}".formatted(day))
                .post("/api/v1/mediation-cases/" + mediation + "/sessions").then().statusCode(201);
        as(MEDIATOR).header("If-Match", "\"0\"").body("{\"outcome\": \"PARTIAL\", \"closedOn\": \"%s\"}".formatted(day))
                .put("/api/v1/mediation-cases/" + mediation + "/outcome").then().statusCode(200);

        JsonPath after = figures(COMMUNITY, day);
        assertThat(delta(after, before, "uniqueClients")).isEqualTo(2);
        assertThat(delta(after, before, "clientsByAgeBand.AGE_15_17")).isEqualTo(1);
        assertThat(delta(after, before, "contacts")).isEqualTo(3);
        assertThat(decimal(after, "contactHours").subtract(decimal(before, "contactHours"))).isEqualByComparingTo("3.0");
        assertThat(delta(after, before, "contactsByPlace.CLUB")).isEqualTo(2);
        assertThat(delta(after, before, "interventions.COUNSELLING.count")).isEqualTo(2);
        assertThat(decimal(after, "interventions.COUNSELLING.hours").subtract(decimal(before, "interventions.COUNSELLING.hours")))
                .isEqualByComparingTo("1.2");
        assertThat(delta(after, before, "programmes.PARENT_GROUP.sessions")).isEqualTo(1);
        assertThat(delta(after, before, "programmes.PARENT_GROUP.participants")).isEqualTo(8);
        assertThat(delta(after, before, "participantsByAgeBand.OVER_26")).isEqualTo(6);
        assertThat(delta(after, before, "mediationsOpened")).isEqualTo(1);
        assertThat(delta(after, before, "mediationsByOutcome.PARTIAL")).isEqualTo(1);
        assertThat(delta(after, before, "mediationSessions")).isEqualTo(1);
        // Another organization's figures do not move.
        assertThat(figures("admin.sas", day).getLong("contacts")).isZero();
    }

    @Test
    void csvAndXlsxCarryExactlyTheJsonFiguresAndAnAuditorNamesTheOrganization() {
        String json = as(NZDM).get(URL).then().statusCode(200).extract().asString();
        Map<String, Object> leaves = Spreadsheets.json(json);
        Spreadsheets.Sheet sheet = Spreadsheets.xlsx(as(NZDM).accept(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").get(URL)
                .then().statusCode(200).extract().asByteArray());
        assertThat(sheet.name()).isEqualTo("Statistika komunitní práce");
        assertThat(sheet.figures()).containsExactlyEntriesOf(leaves).containsKey("interventions.CRISIS_HELP.hours");
        assertThat(sheet.labels()).containsEntry("uniqueClients", "Unikátní klienti (kódy)");
        String csv = Spreadsheets.csv(as(NZDM).queryParam("format", "csv").get(URL).then().statusCode(200)
                .contentType("text/csv").extract().asByteArray());
        assertThat(csv).startsWith("Ukazatel;Hodnota;Klíč\r\nOrganizace;nzdm-kotva;organization")
                .contains(";" + ((java.math.BigDecimal) leaves.get("contacts")).toPlainString() + ";contacts\r\n");

        as("auditor.kraj").queryParam("organization", "nzdm-kotva").get(URL).then().statusCode(200)
                .body("organization", equalTo("nzdm-kotva"));
        as("auditor.kraj").get(URL).then().statusCode(400).body("errors.field", org.hamcrest.Matchers.contains("organization"));
        as(NZDM).queryParam("organization", "sas-jih").get(URL).then().statusCode(403)
                .body("type", org.hamcrest.Matchers.endsWith("own-organization-only"));
        as("klub.vesela").get(URL).then().statusCode(403);
    }

    static long delta(JsonPath after, JsonPath before, String path) {
        return after.getLong(path) - before.getLong(path);
    }

    static BigDecimal decimal(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }
}
