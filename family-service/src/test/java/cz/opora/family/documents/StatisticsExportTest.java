package cz.opora.family.documents;

import cz.opora.testing.SampleRequests;
import cz.opora.testing.Spreadsheets;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cz.opora.family.TestRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** The funders' figures as XLSX and CSV on the statistics URL: Czech headings, the same figures as the JSON. */
@QuarkusTest
class StatisticsExportTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String URL = "/api/v1/statistics";

    @Test
    void theSpreadsheetCarriesExactlyTheJsonFigures() {
        String family = as("sas.dvorak").body(SampleRequests.family("Rodina Tabulková")).post("/api/v1/families")
                .then().statusCode(201).extract().path("id");
        String today = LocalDate.now().toString();
        as("sas.dvorak").body("{\"date\": \"%s\", \"durationMinutes\": 75, \"type\": \"HOME_VISIT\"}".formatted(today))
                .post("/api/v1/families/" + family + "/contacts").then().statusCode(201);
        String from = LocalDate.now().withDayOfYear(1).toString();

        String json = as("sas.dvorak").queryParam("from", from).queryParam("to", today).get(URL)
                .then().statusCode(200).contentType("application/json").extract().asString();
        byte[] xlsx = as("sas.dvorak").accept(XLSX).queryParam("from", from).queryParam("to", today).get(URL)
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"statistika-rodin.xlsx\"").extract().asByteArray();

        Spreadsheets.Sheet sheet = Spreadsheets.xlsx(xlsx);
        assertThat(sheet.name()).isEqualTo("Statistika rodin");
        assertThat(sheet.headings()).containsExactly("Ukazatel", "Hodnota", "Klíč");
        assertThat(sheet.figures()).containsExactlyEntriesOf(Spreadsheets.json(json));
        assertThat((BigDecimal) sheet.figures().get("contacts")).isPositive();
        assertThat(sheet.labels()).containsEntry("familiesSupported", "Podpořené rodiny (alespoň jeden kontakt v období)")
                .containsEntry("byType.HOME_VISIT.hours", "Podle typu kontaktu – Návštěva v domácnosti – Hodiny")
                .containsEntry("organization", "Organizace");

        String csv = Spreadsheets.csv(as("sas.dvorak").accept("text/csv").queryParam("from", from).queryParam("to", today)
                .get(URL).then().statusCode(200).contentType("text/csv").extract().asByteArray());
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("Ukazatel;Hodnota;Klíč");
        assertThat(lines).contains("Kontakty;" + ((BigDecimal) sheet.figures().get("contacts")).toPlainString() + ";contacts",
                "Období od;" + from + ";from", "Organizace;sas-jih;organization");
        assertThat(csv).contains("\r\n");
    }

    @Test
    void formatWinsOverAcceptAndIsChecked() {
        as("sas.dvorak").accept("text/csv").queryParam("format", "xlsx").get(URL).then().statusCode(200).contentType(XLSX);
        as("sas.dvorak").accept(XLSX).queryParam("format", "json").get(URL).then().statusCode(200).contentType("application/json");
        as("sas.dvorak").queryParam("format", "pdf").get(URL).then().statusCode(400).body("errors.field", hasItem("format"));
        Spreadsheets.Sheet audited = Spreadsheets.xlsx(as("auditor.kraj").queryParam("organization", "sas-jih")
                .queryParam("format", "xlsx").get(URL).then().statusCode(200).extract().asByteArray());
        assertThat(audited.figures()).containsEntry("organization", "sas-jih");
        as("sas.kralova").queryParam("format", "xlsx").get(URL).then().statusCode(403);
    }
}
