package cz.opora.system;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
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
 * Case conferences in the console (issue 15): OSPOD convenes one from the family's case file, invites the child's
 * teacher, records the minutes with the child's view and a task (a colleague's change meanwhile: 412, the typed
 * minutes stay), and follows the task up.
 */
@ExtendWith(Stack.class)
class ConsoleConferencesIT {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String FAMILY_NAME = "Rodina Konferenční " + RUN;
    private static String familyId;

    @BeforeAll
    static void anOspodFamily() {
        familyId = api(Stack.Service.FAMILY, "ospod.novakova").body("""
                {"name": "%s", "address": {"municipality": "Brno"}, "members": [
                  {"firstName": "Věra", "lastName": "Konferenční", "role": "PARENT", "birthDate": "1985-02-01"},
                  {"firstName": "Ondra", "lastName": "Konferenční", "role": "CHILD", "birthDate": "2014-06-01"}]}"""
                .formatted(FAMILY_NAME)).post("/api/v1/families").then().statusCode(201).extract().path("id");
    }

    @Test
    void ospodConvenesACaseConferenceRecordsTheMinutesAndATaskAndFollowsItUp() {
        try (BrowserContext context = context(1280, 900)) {
            Page page = context.newPage();
            steps(page, "case-conference", () -> {
                signIn(page, "ospod.novakova");
                page.navigate(Stack.consoleUrl() + "/rodiny/" + familyId);
                assertThat(heading(page, FAMILY_NAME)).isVisible();
                link(page, "Svolat případovou konferenci").click();
                assertThat(heading(page, "Svolat případovou konferenci – " + FAMILY_NAME)).isVisible();
                field(page, "Účel konference").fill("Domluvit, kdo pomůže rodině udržet bydlení.");
                field(page, "Termín").fill(LocalDate.now().plusDays(3) + "T13:00");
                field(page, "Místo").fill("MěÚ, zasedačka 2");
                field(page, "Zákonný důvod").fill("§ 10 odst. 3 písm. f) zákona č. 359/1999 Sb.");
                field(page, "Ondra Konferenční").check();
                scan(page, "konference-svolani");
                button(page, "Svolat konferenci").click();
                assertThat(page.getByText("Naplánováno", new Page.GetByTextOptions().setExact(true))).isVisible();
                String conferenceId = page.url().substring(page.url().lastIndexOf('/') + 1);

                button(page, "Přidat účastníka").click();
                field(page, "Jméno").fill("Mgr. Petra Učitelová");
                field(page, "Instituce").fill("ZŠ Merhautova");
                field(page, "Role na konferenci").fill("třídní učitelka");
                button(page, "Uložit účastníka").click();
                assertThat(page.getByText("Účastník byl přidán.")).isVisible();
                assertThat(page.locator(".people")).containsText("Mgr. Petra Učitelová");

                button(page, "Zapsat průběh konference").click();
                field(page, "Situace rodiny").fill("Výpověď z nájmu k 31. 12., dluh na nájemném 18 000 Kč.");
                field(page, "Názor dítěte").fill("Ondra chce zůstat ve své škole.");
                field(page, "Názor – Mgr. Petra Učitelová").fill("Docházka se zlepšuje.");
                field(page, "Dohodnutá opatření").fill("OSPOD jedná s bytovým odborem, škola hlásí absence.");
                button(page, "Přidat úkol").click();
                field(page, "Co se udělá (úkol 1)").fill("Hlásit absence OSPOD každý pátek");
                field(page, "Do kdy (úkol 1)").fill(LocalDate.now().plusDays(14).toString());
                // A colleague adds a participant meanwhile: the minutes are refused (412) and stay as typed.
                String etag = api(Stack.Service.CONFERENCE, "ospod.novakova").get("/api/v1/case-conferences/" + conferenceId)
                        .then().statusCode(200).extract().header("ETag");
                api(Stack.Service.CONFERENCE, "ospod.novakova").header("If-Match", etag).body("""
                        {"kind": "EXTERNAL", "name": "Bc. Jan Bytový", "institution": "Bytový odbor"}""")
                        .post("/api/v1/case-conferences/" + conferenceId + "/participants").then().statusCode(200);
                button(page, "Uložit zápis").click();
                assertThat(page.getByText("Záznam mezitím změnil někdo jiný")).isVisible();
                assertThat(field(page, "Názor dítěte")).hasValue("Ondra chce zůstat ve své škole.");
                assertThat(field(page, "Co se udělá (úkol 1)")).hasValue("Hlásit absence OSPOD každý pátek");
                scan(page, "konference-konflikt-412");
                button(page, "Načíst aktuální stav").click();
                assertThat(page.getByText("Záznam mezitím změnil někdo jiný")).hasCount(0);
                button(page, "Uložit zápis").click();
                assertThat(page.getByText("Zápis byl uložen.")).isVisible();
                assertThat(page.getByText("Proběhla", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
                assertThat(page.locator("#minutes-title + dl")).containsText("Ondra chce zůstat ve své škole.");
                assertThat(page.locator(".people")).containsText("Bc. Jan Bytový");
                scan(page, "konference-zapis");

                Locator task = page.locator("li.card").filter(new Locator.FilterOptions().setHasText("Hlásit absence OSPOD každý pátek"));
                assertThat(task).containsText("Otevřený");
                field(page, "Plnění – Hlásit absence OSPOD každý pátek").selectOption(new SelectOption().setLabel("Splněno"));
                field(page, "Poznámka k plnění").fill("Škola hlásí každý pátek.");
                button(page, "Uložit plnění").click();
                assertThat(page.getByText("Plnění úkolu bylo uloženo.")).isVisible();
                assertThat(task).containsText("Splněno – Škola hlásí každý pátek.");
            });
        }
    }
}
