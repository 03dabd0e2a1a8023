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
 * A family group conference in the console (issue 15), from the offer to an accepted plan: OSPOD offers it from the
 * case file with a bottom line and records the family's decision on its consent; the coordination organization's
 * coordinator takes it from "awaiting a coordinator", invites the family's network, arranges it, runs the three phases
 * and writes down the family's plan; OSPOD accepts the plan against the bottom line.
 */
@ExtendWith(Stack.class)
class ConsoleFamilyConferenceIT {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String FAMILY_NAME = "Rodina Rodinná " + RUN;
    private static String familyId;

    /** An OSPOD family whose mother signed the consent to a family conference; rk.koordinator has a profile. */
    @BeforeAll
    static void anOspodFamilyWithAConsentToAConference() {
        var family = api(Stack.Service.FAMILY, "ospod.novakova").body("""
                {"name": "%s", "address": {"municipality": "Brno"}, "members": [
                  {"firstName": "Marta", "lastName": "Rodinná", "role": "PARENT", "birthDate": "1987-02-01"},
                  {"firstName": "Kuba", "lastName": "Rodinný", "role": "CHILD", "birthDate": "2015-06-01"}]}"""
                .formatted(FAMILY_NAME)).post("/api/v1/families").then().statusCode(201).extract();
        familyId = family.path("id");
        String mother = family.path("members.find { it.firstName == 'Marta' }.id");
        api(Stack.Service.FAMILY, "ospod.novakova").body("""
                {"givenBy": "%s", "purpose": "FAMILY_CONFERENCE", "formReference": "OSPOD/RK-%s"}""".formatted(mother, RUN))
                .post("/api/v1/families/" + familyId + "/consents").then().statusCode(201);
        CoordinatorProfiles.radka();
    }

    @Test
    void aFamilyGroupConferenceGoesFromTheOfferToAnAcceptedPlan() {
        String[] conferenceUrl = new String[1];
        try (BrowserContext context = context(1280, 900)) {
            Page page = context.newPage();
            steps(page, "fgc-offer", () -> {
                signIn(page, "ospod.novakova");
                page.navigate(Stack.consoleUrl() + "/rodiny/" + familyId);
                link(page, "Nabídnout rodinnou konferenci").click();
                assertThat(heading(page, "Nabídnout rodinnou konferenci – " + FAMILY_NAME)).isVisible();
                field(page, "Čeho se obáváme").fill("Kuba je večer sám, když maminka pracuje v noci.");
                field(page, "Otázka pro rodinu").fill("Jak rodina zajistí, že Kuba nebude večer sám?");
                field(page, "Podmínka 1").fill("S Kubou je každý večer dospělý.");
                field(page, "Jazyk koordinátora").fill("romani");
                scan(page, "rodinna-konference-nabidka");
                button(page, "Nabídnout konferenci").click();
                assertThat(page.getByText("Nabídnuto", new Page.GetByTextOptions().setExact(true))).isVisible();
                conferenceUrl[0] = page.url();

                // The mother consents, on the consent recorded in the case file.
                field(page, "Rozhodnutí").selectOption(new SelectOption().setLabel("Rodina souhlasí"));
                assertThat(field(page, "Souhlas rodiny").locator("option:checked")).hasText("Souhlas rodiny OSPOD/RK-" + RUN + " (platí do odvolání)");
                button(page, "Uložit rozhodnutí").click();
                assertThat(page.getByText("Rozhodnutí bylo uloženo.")).isVisible();
                assertThat(page.getByText("Rodina souhlasí", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
            });
        }
        String conferenceId = conferenceUrl[0].substring(conferenceUrl[0].lastIndexOf('/') + 1);
        try (BrowserContext context = context(1280, 900)) {
            Page page = context.newPage();
            steps(page, "fgc-coordinator", () -> {
                signIn(page, "rk.koordinator");
                link(page, "Rodinné konference").click();
                page.locator("a[href='/rodinne-konference/" + conferenceId + "']").first().click();
                // The coordinator: an independent candidate (the others are offered disabled, saying why).
                assertThat(page.locator("label").filter(new Locator.FilterOptions().setHasText("Radka Koordinátorová")).first())
                        .not().containsText("není nezávislý");
                scan(page, "rodinna-konference-koordinator");
                page.locator("label").filter(new Locator.FilterOptions().setHasText("Radka Koordinátorová")).first().click();
                button(page, "Přidělit").click();
                assertThat(page.getByText("Koordinátor byl přidělen.")).isVisible();

                // Invitations: the grandmother agrees; a neighbour is excluded with a reason.
                field(page, "Koho zveme").selectOption(new SelectOption().setLabel("Blízký rodiny"));
                field(page, "Jméno").fill("Božena Rodinná");
                field(page, "Vztah k rodině").fill("babička");
                button(page, "Pozvat").click();
                assertThat(page.getByText("Pozvánka byla zapsána.")).isVisible();
                field(page, "Odpověď – Božena Rodinná").selectOption(new SelectOption().setLabel("Přijde"));
                button(page, "Uložit odpověď").click();
                assertThat(page.getByText("Odpověď byla uložena.")).isVisible();

                field(page, "Termín").fill(LocalDate.now().plusDays(7) + "T10:00");
                field(page, "Místo").fill("Komunitní centrum Cejl 50");
                field(page, "Tlumočník").fill("romština");
                button(page, "Uložit zajištění").click();
                assertThat(page.getByText("Termín a zajištění byly uloženy.")).isVisible();

                // The three phases; of the private family time only its start and end are kept.
                button(page, "Zahájit sdílení informací").click();
                assertThat(page.getByText("Konference začala: sdílení informací.")).isVisible();
                assertThat(page.locator(".phase--current")).hasText("1. Sdílení informací");
                button(page, "Zahájit soukromý čas rodiny").click();
                assertThat(page.locator(".phase--current")).hasText("2. Soukromý čas rodiny");
                button(page, "Rodina představí plán").click();
                assertThat(page.locator(".phase--current")).hasText("3. Představení plánu");
                scan(page, "rodinna-konference-faze");

                field(page, "Název plánu").fill("Kuba není večer sám");
                field(page, "Co se stane (krok 1)").fill("Babička je s Kubou v noci, kdy maminka pracuje");
                field(page, "Kdo (krok 1)").selectOption(new SelectOption().setLabel("Přítel nebo soused"));
                field(page, "Jméno (krok 1)").fill("babička Božena");
                field(page, "Do kdy (krok 1)").fill(LocalDate.now().plusDays(14).toString());
                field(page, "Jak poznáme, že to funguje (krok 1)").fill("Kuba řekne, kdo s ním byl");
                field(page, "Když to nebude fungovat").fill("Sejdeme se znovu a zavoláme OSPOD.");
                button(page, "Uložit plán rodiny").click();
                assertThat(page.getByText("Plán rodiny byl zapsán.")).isVisible();
                assertThat(page.getByText("Plán představen", new Page.GetByTextOptions().setExact(true))).isVisible();
            });
        }
        try (BrowserContext context = context(1280, 900)) {
            Page page = context.newPage();
            steps(page, "fgc-decision", () -> {
                signIn(page, "ospod.novakova");
                page.navigate(conferenceUrl[0]);
                assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Plán rodiny: Kuba není večer sám"))).isVisible();
                field(page, "Rozhodnutí o plánu").selectOption(new SelectOption().setLabel("Přijmout plán"));
                scan(page, "rodinna-konference-plan");
                button(page, "Uložit rozhodnutí").click();
                assertThat(page.getByText("Plán rodiny byl přijat.")).isVisible();
                assertThat(page.getByText("Plán přijat", new Page.GetByTextOptions().setExact(true))).isVisible();
            });
        }
    }
}
