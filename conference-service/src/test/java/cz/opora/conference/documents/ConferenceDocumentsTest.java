package cz.opora.conference.documents;

import cz.opora.conference.ConferenceFixture;
import cz.opora.testing.FamilyEvents.Family;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static cz.opora.conference.ConferenceFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The minutes and tasks PDF: what the caller may see of the conference, read back; 404 elsewhere; audited. */
@QuarkusTest
class ConferenceDocumentsTest {
    static final String CC = "/api/v1/case-conferences";

    @Inject
    EntityManager em;

    @Test
    void theMinutesReadBackForParticipantsAndOnlyTheirPartOnceAccessEnded() throws IOException {
        Family family = ConferenceFixture.family("ospod-mesto");
        ConferenceFixture.sharingConsent(family, "sas-jih");
        String id = as("ospod.novakova").body("""
                {"familyId": "%s", "purpose": "Domluvit, kdo rodině pomůže udržet bydlení.", "scheduledFor": "%s",
                 "place": "MěÚ, zasedačka č. 2"}""".formatted(family.id(), Instant.now().plus(Duration.ofDays(5))))
                .post(CC).then().statusCode(201).extract().path("id");
        String path = CC + "/" + id;
        String sas = as("ospod.novakova").body("{\"kind\": \"WORKER\", \"organization\": \"sas-jih\", \"organizationType\": \"SAS\", \"name\": \"Martin Dvořák\"}")
                .post(path + "/participants").then().statusCode(200)
                .extract().path("participants.find { it.organization == 'sas-jih' }.id");
        as("ospod.novakova").body("{\"invitation\": \"ACCEPTED\"}").put(path + "/participants/" + sas).then().statusCode(200);
        as("ospod.novakova").body("{\"kind\": \"EXTERNAL\", \"name\": \"Mgr. Petra Učitelová\", \"institution\": \"ZŠ Merhautova\", \"role\": \"třídní učitelka\"}")
                .post(path + "/participants").then().statusCode(200);
        LocalDate due = LocalDate.now().plusDays(14);
        as("ospod.novakova").body("""
                {"situation": "Výpověď z nájmu k 31. prosinci.", "childPresent": false,
                 "childView": "Jakub chce zůstat ve své škole.",
                 "decisions": "SAS doprovodí matku na bytový odbor.",
                 "tasks": [{"what": "Doprovod na bytový odbor", "ownerParticipantId": "%s", "dueDate": "%s"}]}"""
                .formatted(sas, due)).post(path + "/minutes").then().statusCode(200);

        String text = text(as("sas.dvorak").get(path + "/document").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray());
        assertThat(text).contains("Zápis z případové konference", "Rodina Referralová",
                "Domluvit, kdo rodině pomůže udržet bydlení.", "MěÚ, zasedačka č. 2", "Mgr. Petra Učitelová",
                "ZŠ Merhautova", "Výpověď z nájmu k 31. prosinci.", "Jakub chce zůstat ve své škole.",
                "SAS doprovodí matku na bytový odbor.", "Doprovod na bytový odbor", "Martin Dvořák",
                due.format(DateTimeFormatter.ofPattern("d. M. yyyy")));
        assertThat(((Number) em.createNativeQuery("SELECT count(*) FROM audit_entry WHERE endpoint = "
                + "'GET /api/v1/case-conferences/{id}/document' AND actor_username = 'sas.dvorak' AND cast(?1 as uuid) = ANY(resource_ids)")
                .setParameter(1, family.id().toString()).getSingleResult()).intValue()).isEqualTo(1);
        as("sas2.horak").get(path + "/document").then().statusCode(404);
        as("ospod.novakova").get(CC + "/" + UUID.randomUUID() + "/document").then().statusCode(404);

        as("ospod.novakova").body("{}").post(path + "/closure").then().statusCode(200);
        String after = text(as("sas.dvorak").get(path + "/document").then().statusCode(200).extract().asByteArray());
        assertThat(after).as("a participant whose access ended keeps its part and its tasks")
                .contains("Martin Dvořák", "Doprovod na bytový odbor")
                .doesNotContain("Rodina Referralová", "Výpověď z nájmu", "Jakub chce", "Učitelová", "zasedačka");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[ \\t]+", " ");
        }
    }
}
