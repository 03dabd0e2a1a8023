package cz.opora.family.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cz.opora.documents.CzechLabels;
import cz.opora.events.DataScope;
import cz.opora.events.MemberRole;
import cz.opora.family.Directory;
import cz.opora.family.domain.ConsentStatus;
import cz.opora.family.domain.Contact;
import cz.opora.family.domain.Plan;
import cz.opora.family.service.FamilyExport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static cz.opora.family.TestRequests.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The family's own copy: every part, nothing of another organization, the owner's org-admin only, audited. */
@QuarkusTest
class FamilyExportTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Test
    void theCopyHasEveryPartAndNothingOfAnotherOrganization() throws IOException {
        Directory.ospodMesto();
        Response created = as("sas.dvorak").body("""
                {"name": "Rodina Šťastných", "address": {"street": "Cejl 12", "municipality": "Brno", "postalCode": "60200"},
                 "members": [{"firstName": "Žofie", "lastName": "Šťastná", "role": "PARENT", "birthDate": "1990-04-01"},
                             {"firstName": "Čeněk", "lastName": "Šťastný", "role": "CHILD", "birthDate": "2016-09-12"}]}""")
                .post("/api/v1/families");
        String family = created.then().statusCode(201).extract().path("id");
        String mother = created.path("members[0].id");
        String base = "/api/v1/families/" + family;
        as("sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "SHARING", "recipientOrganization": "ospod-mesto", "formReference": "F-77"}"""
                .formatted(mother)).post(base + "/consents").then().statusCode(201);
        as("sas.dvorak").body("""
                {"ratings": [{"domain": "family.housing", "rating": "SERIOUS_CONCERN"}],
                 "formulation": [{"category": "presenting", "text": "Hrozí ztráta bydlení."}]}""")
                .post(base + "/assessments").then().statusCode(201);
        as("sas.dvorak").body("""
                {"source": "SAS_PLAN", "title": "Klidné bydlení", "reviewDate": "2027-05-31",
                 "goals": [{"what": "Čeněk má vlastní stůl na úkoly", "steps": [
                   {"what": "Sehnat stůl", "who": {"kind": "MEMBER", "id": "%s"}, "dueDate": "2027-01-31"}]}]}"""
                .formatted(mother)).post(base + "/plans").then().statusCode(201);
        as("sas.dvorak").body("{\"date\": \"%s\", \"durationMinutes\": 60, \"type\": \"HOME_VISIT\", \"summary\": \"Řešili jsme úklid.\"}"
                .formatted(LocalDate.now())).post(base + "/contacts").then().statusCode(201);
        as("sas.dvorak").get(base).then().statusCode(200);

        String foreign = as("sas2.horak").body("""
                {"name": "Rodina Severních", "address": {"municipality": "Liberec"},
                 "members": [{"firstName": "Oskar", "lastName": "Severní", "role": "PARENT"}]}""")
                .post("/api/v1/families").then().statusCode(201).extract().path("id");
        as("sas2.horak").body("{\"date\": \"%s\", \"durationMinutes\": 30, \"type\": \"PHONE\", \"summary\": \"Tajné severní.\"}"
                .formatted(LocalDate.now())).post("/api/v1/families/" + foreign + "/contacts").then().statusCode(201);

        byte[] zip = as("admin.sas").get(base + "/export").then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"opora-kopie-" + family + ".zip\"")
                .extract().asByteArray();
        Map<String, byte[]> parts = unzip(zip);
        assertThat(parts.keySet()).containsExactlyElementsOf(FamilyExport.PARTS);

        JsonNode file = JSON.readTree(parts.get("rodina.json"));
        assertThat(file.path("name").asText()).isEqualTo("Rodina Šťastných");
        assertThat(file.path("members").findValuesAsText("firstName")).containsExactly("Žofie", "Čeněk");
        assertThat(JSON.readTree(parts.get("souhlasy.json")).findValuesAsText("formReference")).containsExactly("F-77");
        assertThat(JSON.readTree(parts.get("vyhodnoceni.json")).findValuesAsText("text")).contains("Hrozí ztráta bydlení.");
        JsonNode plans = JSON.readTree(parts.get("plany.json"));
        assertThat(plans.get(0).path("plan").path("goals").get(0).path("what").asText()).isEqualTo("Čeněk má vlastní stůl na úkoly");
        assertThat(JSON.readTree(parts.get("kontakty.json")).findValuesAsText("summary")).containsExactly("Řešili jsme úklid.");
        assertThat(JSON.readTree(parts.get("casova-osa.json")).findValuesAsText("kind")).contains("family.registered",
                "consent.granted", "plan.agreed");
        assertThat(JSON.readTree(parts.get("pristupy.json")).findValuesAsText("action")).contains("family.register", "family.read");
        String summary = PdfText.text(parts.get("prehled.pdf")).replaceAll("\\s+", " ");
        assertThat(summary).contains("Rodina Šťastných", "Žofie Šťastná", "Čeněk Šťastný",
                "Čeněk má vlastní stůl na úkoly", "Souhlasy (1)", "rodič", "dítě", "platný", "pracujeme na něm",
                "návštěva v domácnosti 1 60");
        // Every code the summary prints is in Czech: each constant has its word and none appears raw.
        java.util.stream.Stream.of(MemberRole.values(), ConsentStatus.values(), Plan.GoalStatus.values(),
                        Plan.StepStatus.values(), Contact.Type.values(), DataScope.values())
                .flatMap(java.util.Arrays::stream).forEach(code -> {
                    assertThat(code instanceof DataScope || CzechLabels.has(code)).as(code + " in the catalogue").isTrue();
                    assertThat(summary).as("raw code in the PDF").doesNotContain(code.name());
                });

        String everything = new String(zip, StandardCharsets.ISO_8859_1);
        StringBuilder text = new StringBuilder();
        parts.forEach((name, bytes) -> text.append(name.endsWith(".pdf") ? PdfText.text(bytes) : new String(bytes, StandardCharsets.UTF_8)));
        assertThat(text.toString()).as("nothing of another organization")
                .doesNotContain(foreign, "Severní", "Tajné severní", "sas-sever", "admin.sever", "sas2.horak");
        assertThat(everything).doesNotContain(foreign);

        assertThat(((Number) em.createNativeQuery("SELECT count(*) FROM audit_entry WHERE action = 'family.export' "
                + "AND cast(?1 as uuid) = ANY(resource_ids) AND actor_username = 'admin.sas'").setParameter(1, family)
                .getSingleResult()).intValue()).isEqualTo(1);
        as("admin.sever").get(base + "/export").then().statusCode(404);
        as("sas.dvorak").get(base + "/export").then().statusCode(403);
        as("admin.sas").get("/api/v1/families/" + UUID.randomUUID() + "/export").then().statusCode(404);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return parts;
    }
}
