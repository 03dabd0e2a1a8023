package cz.opora.tutoring.documents;

import cz.opora.testing.FamilyEvents.Family;
import cz.opora.tutoring.TutoringFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static cz.opora.tutoring.TutoringFixture.STAFF;
import static cz.opora.tutoring.TutoringFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The child's tutoring attendance PDF from real sessions, read back; scoped and audited like the match. */
@QuarkusTest
class TutoringDocumentsTest {
    @Inject
    EntityManager em;

    @Test
    void theAttendanceSummaryCountsTheSessions() throws IOException {
        String tutor = TutoringFixture.tutor(null, LocalDate.now().minusMonths(3).toString());
        Family family = TutoringFixture.family(true);
        UUID child = TutoringFixture.child(family, "Čeněk", 9);
        String match = TutoringFixture.match(tutor, family, child);
        as(STAFF).body("{}").post("/api/v1/matches/" + match + "/start").then().statusCode(200);
        String sessions = "/api/v1/matches/" + match + "/sessions";
        LocalDate first = LocalDate.now().minusDays(10);
        as(STAFF).body("""
                {"date": "%s", "held": true, "durationMinutes": 90, "childPresent": true, "subjects": ["matematika"],
                 "noteForSas": "Soukromá poznámka pro SAS."}""".formatted(first)).post(sessions).then().statusCode(201);
        as(STAFF).body("{\"date\": \"%s\", \"held\": false}".formatted(LocalDate.now().minusDays(8))).post(sessions).then().statusCode(201);
        as(STAFF).body("{\"date\": \"%s\", \"held\": true, \"durationMinutes\": 60, \"childPresent\": true}"
                .formatted(LocalDate.now().minusDays(6))).post(sessions).then().statusCode(201);

        String text;
        try (PDDocument doc = Loader.loadPDF(as(STAFF).get("/api/v1/matches/" + match + "/document").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray())) {
            text = new PDFTextStripper().getText(doc).replaceAll("[ \\t]+", " ");
        }
        assertThat(text).contains("Přehled docházky na doučování", "Čeněk", "ZŠ Merhautova, 3.B", "Konaná setkání 2",
                "Zmeškaná setkání 1", "Dítě bylo přítomno 2 z 2", "Hodin doučování 2,5", "matematika",
                first.format(DateTimeFormatter.ofPattern("d. M. yyyy")), "zmeškáno")
                .doesNotContain("Soukromá poznámka");
        assertThat(((Number) em.createNativeQuery("SELECT count(*) FROM audit_entry WHERE endpoint = "
                + "'GET /api/v1/matches/{id}/document' AND cast(?1 as uuid) = ANY(resource_ids)")
                .setParameter(1, family.id().toString()).getSingleResult()).intValue()).as("one read, one audit row")
                .isEqualTo(1);
        as("sas2.horak").get("/api/v1/matches/" + match + "/document").then().statusCode(403);
        as(STAFF).get("/api/v1/matches/" + UUID.randomUUID() + "/document").then().statusCode(404);
    }
}
