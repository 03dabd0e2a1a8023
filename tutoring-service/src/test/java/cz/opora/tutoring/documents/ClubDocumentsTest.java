package cz.opora.tutoring.documents;

import cz.opora.testing.FamilyEvents.Family;
import cz.opora.tutoring.TutoringFixture;
import cz.opora.tutoring.domain.ClubEnrolment;
import cz.opora.tutoring.domain.ReadinessAssessment;
import cz.opora.documents.CzechLabels;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import static cz.opora.tutoring.TutoringFixture.STAFF;
import static cz.opora.tutoring.TutoringFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The child's preschool-club attendance PDF from a real register, read back: the sessions present and absent in the
 * period by month, readiness and school entry in Czech (no raw code), scoped to the organization's clubs and audited
 * once per read.
 */
@QuarkusTest
class ClubDocumentsTest {
    @Inject
    EntityManager em;

    @Test
    void theClubAttendanceSummaryCountsThePeriodsSessionsInCzech() throws IOException {
        Family family = TutoringFixture.family(true);
        UUID child = TutoringFixture.child(family, "Žofie", 4);
        UUID classmate = TutoringFixture.child(family, "Řehoř", 5);
        String club = as(STAFF).body("""
                {"name": "Sluníčko Předškoláček", "place": "Cejl 50, Brno", "leaderName": "Lucie Veselá", "capacity": 10,
                 "schedule": "Út 9:00"}""").post("/api/v1/clubs").then().statusCode(201).extract().path("id");
        String enrol = "/api/v1/clubs/" + club + "/enrolments";
        String place = as(STAFF).body("{\"familyId\": \"%s\", \"childId\": \"%s\"}".formatted(family.id(), child))
                .post(enrol).then().statusCode(201).extract().path("id");
        String other = as(STAFF).body("{\"familyId\": \"%s\", \"childId\": \"%s\"}".formatted(family.id(), classmate))
                .post(enrol).then().statusCode(201).extract().path("id");
        LocalDate today = LocalDate.now();
        LocalDate[] days = {today.minusDays(40), today.minusDays(35), today.minusDays(2)};
        boolean[] present = {true, false, true};
        for (int i = 0; i < days.length; i++) {
            as(STAFF).body("""
                    {"date": "%s", "topic": "Barvy a tvary", "attendance": [{"enrolmentId": "%s", "present": %s},
                     {"enrolmentId": "%s", "present": true}]}""".formatted(days[i], place, present[i], other))
                    .post("/api/v1/clubs/" + club + "/sessions").then().statusCode(201);
        }
        as(STAFF).body("""
                {"stage": "ENTRY", "assessedOn": "%s", "note": "Poznámka vedoucí jen pro klub.",
                 "scores": {"language": 2, "fine-motor": 3, "attention": 2, "social": 3, "self-care": 4}}"""
                .formatted(today.minusDays(40))).put(enrol + "/" + place + "/readiness").then().statusCode(200);
        as(STAFF).body("{\"outcome\": \"MAINSTREAM_WITH_SUPPORT\", \"school\": \"ZŠ Údolní\", \"enteredOn\": \"%s\"}"
                .formatted(today)).put(enrol + "/" + place + "/school-entry").then().statusCode(200);

        String document = "/api/v1/club-children/" + child + "/document";
        String text = text(as(STAFF).queryParam("from", today.minusDays(60).toString()).get(document).then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", "inline; filename=\"klub-" + child + ".pdf\"")
                .extract().asByteArray());
        DateTimeFormatter czech = DateTimeFormatter.ofPattern("d. M. yyyy");
        assertThat(text).contains("Přehled docházky do předškolního klubu", "Žofie", "Sluníčko Předškoláček",
                "Cejl 50, Brno", "Lucie Veselá", "Místo v klubu zapsáno", "Setkání v období 3", "Přítomno 2", "Chybělo 1",
                "Docházka 67 %", DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("cs")).format(YearMonth.from(days[0])),
                days[1].format(czech) + " chybělo", days[2].format(czech) + " přítomno",
                "při vstupu do klubu", "jemná motorika: 3", "řeč a jazyk: 2", "sebeobsluha: 4",
                "Nástup do školy běžná škola s podpůrnými opatřeními", "ZŠ Údolní")
                .doesNotContain("Řehoř", "Poznámka vedoucí", "Barvy a tvary");
        // Every code the document prints is in Czech: no constant of the enums it shows appears as such.
        Stream.of(ClubEnrolment.Status.values(), ClubEnrolment.SchoolEntry.values(), ReadinessAssessment.Stage.values())
                .flatMap(Arrays::stream).forEach(code -> {
                    assertThat(CzechLabels.has(code)).as(code + " in the catalogue").isTrue();
                    assertThat(text).as("raw code").doesNotContain(code.name());
                });
        assertThat(text).doesNotContain("fine-motor", "self-care");
        assertThat(audits(family)).as("one read, one audit row").isEqualTo(1);

        String recent = text(as(STAFF).queryParam("from", today.minusDays(10).toString()).queryParam("to", today.toString())
                .get(document).then().statusCode(200).extract().asByteArray());
        assertThat(recent).contains("Setkání v období 1", "Přítomno 1", "Chybělo 0", "Docházka 100 %")
                .doesNotContain(days[1].format(czech));
        assertThat(audits(family)).isEqualTo(2);

        as(STAFF).queryParam("from", today.toString()).queryParam("to", today.minusDays(1).toString()).get(document)
                .then().statusCode(400).contentType("application/problem+json");
        as("tutor.benes").get(document).then().statusCode(403);
        as("admin.nzdm").get(document).then().statusCode(404);
        as(STAFF).get("/api/v1/club-children/" + UUID.randomUUID() + "/document").then().statusCode(404);
        assertThat(audits(family)).as("refusals read nothing").isEqualTo(2);
    }

    private int audits(Family family) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM audit_entry WHERE endpoint = "
                + "'GET /api/v1/club-children/{childId}/document' AND cast(?1 as uuid) = ANY(resource_ids)")
                .setParameter(1, family.id().toString()).getSingleResult()).intValue();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
