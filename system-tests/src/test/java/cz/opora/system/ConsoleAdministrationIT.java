package cz.opora.system;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static cz.opora.system.ConsoleBrowser.api;
import static cz.opora.system.ConsoleBrowser.button;
import static cz.opora.system.ConsoleBrowser.context;
import static cz.opora.system.ConsoleBrowser.field;
import static cz.opora.system.ConsoleBrowser.heading;
import static cz.opora.system.ConsoleBrowser.link;
import static cz.opora.system.ConsoleBrowser.scan;
import static cz.opora.system.ConsoleBrowser.signIn;
import static cz.opora.system.ConsoleBrowser.steps;

/**
 * The organization's administration in the console (issue 15): an org-admin reads who opened a family's file; another
 * organization's org-admin gets "not found" for it; the auditor reads an organization's statistics with charts.
 */
@ExtendWith(Stack.class)
class ConsoleAdministrationIT {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static String familyId;

    /** A family of sas-jih with a contact, read once by its key worker. */
    @BeforeAll
    static void aFamilyReadByItsWorker() {
        familyId = api(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"name": "Rodina Auditovaná %s", "address": {"municipality": "Brno"}, "members": [
                  {"firstName": "Hana", "lastName": "Auditovaná", "role": "PARENT"}]}""".formatted(RUN))
                .post("/api/v1/families").then().statusCode(201).extract().path("id");
        api(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"date": "%s", "durationMinutes": 60, "type": "HOME_VISIT", "topics": ["bydlení"]}"""
                .formatted(java.time.LocalDate.now())).post("/api/v1/families/" + familyId + "/contacts").then().statusCode(201);
        api(Stack.Service.FAMILY, "sas.dvorak").get("/api/v1/families/" + familyId).then().statusCode(200);
    }

    @Test
    void anOrgAdminReadsTheAccessLogOfAFamily() {
        try (BrowserContext context = context(1280, 900)) {
            Page page = context.newPage();
            steps(page, "access-log", () -> {
                signIn(page, "admin.sas");
                link(page, "Přístupy ke kartám").click();
                assertThat(heading(page, "Přístupy ke kartě rodiny")).isVisible();
                // The whole address of the file, as a colleague sends it.
                field(page, "Identifikátor karty rodiny").fill(Stack.consoleUrl() + "/rodiny/" + familyId);
                button(page, "Zobrazit").click();
                Locator read = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Čtení karty"));
                assertThat(read.first()).containsText("sas.dvorak (sas-jih)");
                scan(page, "pristupy-ke-karte");
            });
        }
        try (BrowserContext context = context(1280, 900)) {
            Page page = context.newPage();
            steps(page, "access-log-other", () -> {
                signIn(page, "admin.sever");
                link(page, "Přístupy ke kartám").click();
                field(page, "Identifikátor karty rodiny").fill(familyId);
                button(page, "Zobrazit").click();
                assertThat(page.getByText("Tento záznam neexistuje, nebo k němu vaše organizace nemá přístup.")).isVisible();
                assertThat(page.locator("tbody tr")).hasCount(0);
            });
        }
    }

    @Test
    void theAuditorReadsAnOrganizationsStatistics() {
        try (BrowserContext context = context(1280, 900)) {
            Page page = context.newPage();
            steps(page, "statistics", () -> {
                signIn(page, "auditor.kraj");
                assertThat(heading(page, "Statistiky organizace")).isVisible();
                field(page, "Organizace").fill("sas-jih");
                button(page, "Zobrazit").click();
                Locator family = page.locator("section.panel").filter(new Locator.FilterOptions().setHas(page.getByRole(
                        com.microsoft.playwright.options.AriaRole.HEADING, new Page.GetByRoleOptions().setName("Práce s rodinami"))));
                assertThat(family.getByText("Podpořené rodiny")).isVisible();
                assertThat(family.locator(".chart figcaption")).hasText("Hodiny kontaktu podle druhu");
                assertThat(family.locator(".bars li").filter(new Locator.FilterOptions().setHasText("Návštěva v domácnosti"))).hasCount(1);
                assertThat(family.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Locator.GetByRoleOptions().setName("Stáhnout CSV")))
                        .hasAttribute("href", java.util.regex.Pattern.compile("/api/family/statistics\\?.*organization=sas-jih.*format=csv|/api/family/statistics\\?.*format=csv.*organization=sas-jih"));
                scan(page, "statistiky-auditor");
                // The download is the service's CSV, through the console's session.
                var csv = context.request().get(Stack.consoleUrl() + "/api/family/statistics?organization=sas-jih&format=csv");
                org.assertj.core.api.Assertions.assertThat(csv.status()).isEqualTo(200);
                org.assertj.core.api.Assertions.assertThat(csv.headers().get("content-type")).contains("csv");
                // The organization's workbook of every service, for the period and the named organization.
                Locator workbook = page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Výkaz organizace (XLSX, všechny služby)"));
                assertThat(workbook).hasAttribute("href", java.util.regex.Pattern.compile("^/api/reports/organization\\?.*organization=sas-jih"));
                var xlsx = context.request().get(Stack.consoleUrl() + workbook.getAttribute("href"));
                org.assertj.core.api.Assertions.assertThat(xlsx.status()).isEqualTo(200);
                org.assertj.core.api.Assertions.assertThat(cz.opora.testing.Spreadsheets.sheets(xlsx.body()))
                        .extracting(cz.opora.testing.Spreadsheets.Sheet::name).contains("Statistika rodin", "Statistika komunitní práce");
            });
        }
    }
}
