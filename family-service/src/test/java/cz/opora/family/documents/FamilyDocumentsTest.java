package cz.opora.family.documents;

import cz.opora.family.Directory;
import cz.opora.family.service.KnownOrganizations;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import cz.opora.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static cz.opora.family.TestRequests.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The plan and the consent form as PDFs from real data, read back; 404 for another organization; audited. */
@QuarkusTest
class FamilyDocumentsTest {
    @Inject
    EntityManager em;

    String family;
    String mother;
    String child;

    @BeforeEach
    void theHorvats() {
        Directory.ospodMesto();
        Directory.entry("sas-jih", "SAS Jih, Brno", "SAS"); // kept if another test entered it first
        Response created = as("sas.dvorak").body("""
                {"name": "Rodina Horvátových", "address": {"street": "Cejl 12", "municipality": "Brno", "postalCode": "60200"},
                 "members": [{"firstName": "Žaneta", "lastName": "Horvátová", "role": "PARENT", "birthDate": "1988-04-01"},
                             {"firstName": "Dominik", "lastName": "Horvát", "role": "CHILD", "birthDate": "2013-09-12"}]}""")
                .post("/api/v1/families");
        family = created.then().statusCode(201).extract().path("id");
        mother = created.path("members[0].id");
        child = created.path("members[1].id");
    }

    @Test
    void thePlanReadsAsTheFamilySignsIt() {
        String planId = as("sas.dvorak").body("""
                {"source": "SAS_PLAN", "title": "Bydlení a škola", "reviewDate": "2027-03-31",
                 "goals": [
                   {"what": "Rodina bydlí v nájemním bytě místo ubytovny", "progressIndicator": "Podepsaná nájemní smlouva",
                    "steps": [{"what": "Domluvit splátkový kalendář", "who": {"kind": "WORKER", "id": "%s", "name": "Eva Králová"}, "dueDate": "2027-01-15"},
                              {"what": "Přinést výpisy z účtu", "who": {"kind": "MEMBER", "id": "%s"}, "dueDate": "2026-12-18"}]},
                   {"what": "Dominik chodí do školy každý den", "progressIndicator": "Žádná neomluvená hodina",
                    "steps": [{"what": "Budit Dominika v 7 hodin", "who": {"kind": "MEMBER", "id": "%s"}, "dueDate": "2027-02-28"}]}]}"""
                .formatted(Tokens.subject("sas.kralova"), mother, mother))
                .post(plans()).then().statusCode(201).extract().path("id");

        byte[] pdf = as("sas.kralova").accept("application/pdf").get(plans() + "/" + planId + "/document")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = PdfText.text(pdf);
        assertThat(text).contains("Individuální plán", "Rodina Horvátových", "Bydlení a škola",
                "Cíl 1: Rodina bydlí v nájemním bytě místo ubytovny", "Podepsaná nájemní smlouva",
                "Domluvit splátkový kalendář", "Eva Králová (pracovník)", "15. 1. 2027",
                "Přinést výpisy z účtu", "Žaneta Horvátová", "18. 12. 2026",
                "Cíl 2: Dominik chodí do školy každý den", "Budit Dominika v 7 hodin", "28. 2. 2027",
                "31. 3. 2027", "Žaneta Horvátová, rodič", "klíčový pracovník", "podpis a datum");
        PdfText.png(pdf, "plan");

        assertThat(audited("plan.document", planId)).isEqualTo(1);
        as("sas2.horak").get(plans() + "/" + planId + "/document").then().statusCode(404);
        as("sas.dvorak").get(plans() + "/" + UUID.randomUUID() + "/document").then().statusCode(404);
        as("nzdm.svoboda").get(plans() + "/" + planId + "/document").then().statusCode(403);
        assertThat(audited("plan.document", planId)).as("refusals read nothing").isEqualTo(1);
    }

    @Test
    void theConsentFormMatchesTheLedger() {
        Response recorded = as("sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "SHARING", "recipientOrganization": "ospod-mesto",
                 "scopes": ["SCHOOL", "PLANS"], "validFrom": "2026-11-01", "validUntil": "2027-10-31", "formReference": "SAS-JIH/2026/0412"}"""
                .formatted(mother)).post("/api/v1/families/" + family + "/consents");
        String consentId = recorded.then().statusCode(201).extract().path("id");
        String document = "/api/v1/families/" + family + "/consents/" + consentId + "/document";

        String text = PdfText.text(as("sas.dvorak").get(document).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray());
        assertThat(text).contains("Souhlas: sdílení údajů", "Rodina Horvátových", "Žaneta Horvátová, rodič",
                "škola a třída dětí", "individuální plány", "základní údaje", "1. 11. 2026", "31. 10. 2027",
                "SAS-JIH/2026/0412", "platný", "Komu " + directoryName("ospod-mesto"), "Jak souhlas odvolat", "podpis a datum");
        assertThat(audited("consent.document", consentId)).isEqualTo(1);
        PdfText.png(as("sas.dvorak").get(document).then().extract().asByteArray(), "consent");

        as("sas.dvorak").header("If-Match", "\"0\"").body("{\"note\": \"Matka si to rozmyslela.\"}")
                .post("/api/v1/families/" + family + "/consents/" + consentId + "/withdrawal").then().statusCode(200);
        assertThat(PdfText.text(as("sas.dvorak").get(document).then().statusCode(200).extract().asByteArray()))
                .as("the form follows the ledger").contains("odvolán").doesNotContain("platný");
        as("sas2.horak").get(document).then().statusCode(404);
    }

    /** The recipient's name as the directory holds it now (other tests may have saved a newer entry). */
    private static String directoryName(String organization) {
        KnownOrganizations known = Arc.container().instance(KnownOrganizations.class).get();
        return QuarkusTransaction.requiringNew().call(() -> known.name(organization).orElseThrow());
    }

    private String plans() {
        return "/api/v1/families/" + family + "/plans";
    }

    private int audited(String action, String id) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM audit_entry WHERE action = ?1 AND cast(?2 as uuid) = ANY(resource_ids) "
                + "AND actor_organization = 'sas-jih'").setParameter(1, action).setParameter(2, id).getSingleResult()).intValue();
    }
}
