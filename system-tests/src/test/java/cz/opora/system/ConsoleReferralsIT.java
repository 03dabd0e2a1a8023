package cz.opora.system;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referrals in the console (issue 15): SAS refers a family's son to NZDM Kotva from the case file (recipient from
 * the directory, the basis one of the family's consents, only the scopes it covers), sends it; NZDM's worker finds it
 * in her inbox filtered by urgency, accepts it, and completes it with a report, the 412 keeping the typed report.
 */
@ExtendWith(Stack.class)
class ConsoleReferralsIT {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String FAMILY_NAME = "Rodina Doporučená " + RUN;
    private static String familyId;
    /** NZDM Kotva's name in the directory (whichever test entered it first). */
    private static String nzdm;

    /** A family of sas-jih with a son and a consent to share (BASIC and SCHOOL only) with NZDM Kotva. */
    @BeforeAll
    static void aFamilyWithAConsentToNzdm() {
        ConsoleBrowser.ensureNzdmKotvaInDirectory();
        nzdm = api(Stack.Service.REFERRAL, "sas.dvorak").get("/api/v1/organizations/nzdm-kotva").then().statusCode(200).extract().path("name");
        var family = api(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"name": "%s", "address": {"municipality": "Brno"}, "members": [
                  {"firstName": "Irena", "lastName": "Doporučená", "role": "PARENT", "birthDate": "1988-03-01"},
                  {"firstName": "Dominik", "lastName": "Doporučený", "role": "CHILD", "birthDate": "2013-05-10"}]}"""
                .formatted(FAMILY_NAME)).post("/api/v1/families").then().statusCode(201).extract();
        familyId = family.path("id");
        String parent = family.path("members.find { it.firstName == 'Irena' }.id");
        // family-service learns the directory entry from referral-service's event: until then it names the field.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                api(Stack.Service.FAMILY, "sas.dvorak").body("""
                        {"givenBy": "%s", "purpose": "SHARING", "recipientOrganization": "nzdm-kotva",
                         "scopes": ["BASIC", "SCHOOL"], "formReference": "SAS-JIH/%s"}""".formatted(parent, RUN))
                        .post("/api/v1/families/" + familyId + "/consents").statusCode() == 201);
    }

    @Test
    void sasRefersTheSonToNzdmAndNzdmAcceptsAndCompletesItInItsInbox() {
        String[] referralUrl = new String[1];
        try (BrowserContext context = context(1280, 900)) {
            Page page = context.newPage();
            steps(page, "referral-new", () -> {
                signIn(page, "sas.dvorak");
                page.navigate(Stack.consoleUrl() + "/rodiny/" + familyId);
                assertThat(heading(page, FAMILY_NAME)).isVisible();
                assertThat(page.locator("#doporuceni").getByText("Vaše organizace rodinu zatím nikam nedoporučila.")).isVisible();
                link(page, "Nové doporučení").click();
                assertThat(heading(page, "Nové doporučení – " + FAMILY_NAME)).isVisible();

                // Nothing chosen: the form says what is missing, beside the field, and nothing is sent.
                button(page, "Uložit jako koncept").click();
                assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)
                        .filter(new Locator.FilterOptions().setHasText("Vyberte příjemce z adresáře."))).hasCount(2);

                // The recipient from the directory, searched by type and municipality.
                field(page, "Typ").selectOption(new SelectOption().setLabel("Nízkoprahové zařízení (NZDM)"));
                field(page, "Obec").fill("brno");
                button(page, "Hledat").click();
                button(page, "Vybrat " + nzdm).click();
                assertThat(page.getByText(nzdm, new Page.GetByTextOptions().setExact(true))).isVisible();

                field(page, "Dominik Doporučený (nar. 10. 5. 2013)").check();
                field(page, "Naléhavost").selectOption(new SelectOption().setLabel("Naléhavé"));
                field(page, "Proč rodinu doporučujeme").fill("Dominik tráví odpoledne sám, škola hlásí absence.");
                field(page, "O co příjemce žádáme").fill("Individuální práce v klubu, zpráva do měsíce.");
                // The basis is the family's consent to NZDM Kotva; only the scopes it covers are offered.
                assertThat(field(page, "Právní základ").locator("option:checked")).hasText("Souhlas rodiny SAS-JIH/" + RUN + " (platí do odvolání)");
                assertThat(field(page, "Škola")).isChecked();
                assertThat(field(page, "Vyhodnocení")).hasCount(0);
                assertThat(field(page, "Plány")).hasCount(0);
                scan(page, "doporuceni-nove");
                button(page, "Uložit jako koncept").click();

                assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                        .hasText(java.util.regex.Pattern.compile("^Doporučení: .+ → " + nzdm + "$"));
                assertThat(page.getByText("Koncept", new Page.GetByTextOptions().setExact(true))).isVisible();
                button(page, "Odeslat doporučení").click();
                button(page, "Potvrdit odeslání").click();
                assertThat(page.getByText("Doporučení bylo odesláno.")).isVisible();
                assertThat(page.getByText("Odesláno", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
                assertThat(page.getByText("Dominik Doporučený (13 let)")).isVisible();
                referralUrl[0] = page.url();
                scan(page, "doporuceni-odeslane");

                // The case file lists it.
                page.navigate(Stack.consoleUrl() + "/rodiny/" + familyId);
                assertThat(page.locator("#doporuceni").getByText("Pro: " + nzdm)).isVisible();
            });
        }
        String referralId = referralUrl[0].substring(referralUrl[0].lastIndexOf('/') + 1);
        try (BrowserContext context = context(390, 844)) {
            Page page = context.newPage();
            steps(page, "referral-inbox", () -> {
                signIn(page, "nzdm.svoboda");
                link(page, "Doporučení").click();
                assertThat(heading(page, "Doporučení")).isVisible();
                field(page, "Naléhavost").selectOption(new SelectOption().setLabel("Naléhavé"));
                button(page, "Filtrovat").click();
                Locator card = page.locator("li.card").filter(new Locator.FilterOptions()
                        .setHas(page.locator("a[href='/doporuceni/" + referralId + "']")));
                assertThat(card).containsText(java.util.regex.Pattern.compile("Od: .+ – Brno"));
                assertThat(card).containsText("13 let");
                assertThat(card).containsText("Naléhavé");
                // Before acceptance NZDM sees the child's age only, not who the family is.
                assertThat(card).not().containsText("Dominik");
                assertThat(card).not().containsText(FAMILY_NAME);
                scan(page, "doporuceni-prijata");
                card.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
                assertThat(page.getByText("Rodinu uvidíte po přijetí")).isVisible();
                button(page, "Přijmout").click();
                field(page, "Poznámka pro odesílatele (kdo a kdy se rodině ozve)").fill("Ozve se Jakub Svoboda do pátku.");
                button(page, "Potvrdit přijetí").click();
                assertThat(page.getByText("Doporučení bylo přijato.")).isVisible();
                assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(FAMILY_NAME))).isVisible();

                // Completion with a report; a colleague starts the work meanwhile (412): the typed report stays.
                button(page, "Dokončit se zprávou").click();
                field(page, "Výsledek").selectOption(new SelectOption().setLabel("Cíle splněny částečně"));
                field(page, "Zpráva pro odesílatele").fill("Dominik přišel 14krát, docházka do školy se zlepšila.");
                String etag = api(Stack.Service.REFERRAL, "nzdm.svoboda").get("/api/v1/referrals/" + referralId).then().extract().header("ETag");
                api(Stack.Service.REFERRAL, "nzdm.svoboda").header("If-Match", etag).post("/api/v1/referrals/" + referralId + "/start")
                        .then().statusCode(200);
                button(page, "Potvrdit dokončení").click();
                assertThat(page.getByText("Záznam mezitím změnil někdo jiný")).isVisible();
                assertThat(field(page, "Zpráva pro odesílatele")).hasValue("Dominik přišel 14krát, docházka do školy se zlepšila.");
                scan(page, "doporuceni-konflikt-412");
                button(page, "Načíst aktuální stav").click();
                assertThat(page.getByText("Záznam mezitím změnil někdo jiný")).hasCount(0);
                button(page, "Potvrdit dokončení").click();
                assertThat(page.getByText("Doporučení bylo dokončeno.")).isVisible();
                assertThat(page.getByText("Cíle splněny částečně")).isVisible();
                scan(page, "doporuceni-dokoncene-telefon");
            });
        }
        assertThat((String) api(Stack.Service.REFERRAL, "sas.dvorak").get("/api/v1/referrals/" + referralId).then().statusCode(200)
                .extract().path("status")).isEqualTo("COMPLETED");
    }

    @Test
    void theDirectoryIsSearchedByName() {
        try (BrowserContext context = context(1280, 900)) {
            Page page = context.newPage();
            steps(page, "directory", () -> {
                signIn(page, "sas.kralova");
                link(page, "Adresář").click();
                assertThat(heading(page, "Adresář organizací")).isVisible();
                field(page, "Název").fill("kotva");
                button(page, "Hledat").click();
                assertThat(page.locator("li.card").filter(new Locator.FilterOptions().setHasText(nzdm))).containsText("Brno");
                scan(page, "adresar");
            });
        }
    }
}
