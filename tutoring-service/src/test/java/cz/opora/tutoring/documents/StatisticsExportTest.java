package cz.opora.tutoring.documents;

import cz.opora.testing.Spreadsheets;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static cz.opora.tutoring.TutoringFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The programme's figures as XLSX and CSV on the statistics URL carry exactly the JSON figures. */
@QuarkusTest
class StatisticsExportTest {
    static final String URL = "/api/v1/tutoring-statistics";

    @Test
    void theAuditorNamesTheOrganizationAndTheStaffSeeTheirOwnOnly() {
        cz.opora.testing.ReportScopes.check(cz.opora.tutoring.TutoringFixture::as, URL, "klub.vesela", "doucovani", "sas-jih");
    }

    @Test
    void theSpreadsheetCarriesExactlyTheJsonFigures() {
        String json = as("klub.vesela").get(URL).then().statusCode(200).extract().asString();
        Spreadsheets.Sheet sheet = Spreadsheets.xlsx(as("klub.vesela").accept(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").get(URL)
                .then().statusCode(200).extract().asByteArray());
        assertThat(sheet.name()).isEqualTo("Statistika doučování");
        assertThat(sheet.figures()).containsExactlyEntriesOf(Spreadsheets.json(json)).containsKey("childrenInClubs");
        assertThat(sheet.labels()).containsEntry("childrenTutored", "Doučované děti");
        assertThat(Spreadsheets.csv(as("klub.vesela").queryParam("format", "csv").get(URL).then().statusCode(200)
                .contentType("text/csv").extract().asByteArray())).startsWith("Ukazatel;Hodnota;Klíč\r\nOrganizace;doucovani;organization");
    }
}
