package cz.opora.conference.documents;

import cz.opora.testing.Spreadsheets;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static cz.opora.conference.ConferenceFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The conference figures as XLSX and CSV on the statistics URL carry exactly the JSON figures. */
@QuarkusTest
class StatisticsExportTest {
    static final String URL = "/api/v1/conferences/statistics";

    @Test
    void theAuditorNamesTheOrganizationAndTheStaffSeeTheirOwnOnly() {
        cz.opora.testing.ReportScopes.check(cz.opora.conference.ConferenceFixture::as, URL, "ospod.novakova", "ospod-mesto",
                "sas-jih");
    }

    @Test
    void theSpreadsheetCarriesExactlyTheJsonFigures() {
        String json = as("ospod.novakova").get(URL).then().statusCode(200).extract().asString();
        Spreadsheets.Sheet sheet = Spreadsheets.xlsx(as("ospod.novakova").queryParam("format", "xlsx").get(URL)
                .then().statusCode(200).extract().asByteArray());
        assertThat(sheet.name()).isEqualTo("Statistika konferencí");
        assertThat(sheet.figures()).containsExactlyEntriesOf(Spreadsheets.json(json)).containsKey("caseConferences.tasksDone");
        assertThat(sheet.labels()).containsEntry("familyConferences.held", "Rodinné konference – Konané");
        assertThat(Spreadsheets.csv(as("ospod.novakova").accept("text/csv").get(URL).then().statusCode(200)
                .contentType("text/csv").extract().asByteArray())).startsWith("Ukazatel;Hodnota;Klíč\r\nOrganizace;ospod-mesto;organization");
    }
}
