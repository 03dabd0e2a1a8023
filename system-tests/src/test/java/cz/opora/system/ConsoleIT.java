package cz.opora.system;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static cz.opora.system.ConsoleBrowser.SCREENSHOTS;
import static cz.opora.system.ConsoleBrowser.api;
import static cz.opora.system.ConsoleBrowser.context;
import static cz.opora.system.ConsoleBrowser.field;
import static cz.opora.system.ConsoleBrowser.scan;
import static cz.opora.system.ConsoleBrowser.signIn;
import static cz.opora.system.ConsoleBrowser.steps;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff console in a real Chromium (Debian's /usr/bin/chromium, headless, Czech locale) against the real stack:
 * Keycloak's own login page, the console's backend-for-frontend, the four services as processes. Each screen is
 * scanned with axe-core (no serious or critical WCAG 2.1 A/AA violations) and photographed into docs/console/.
 */
@ExtendWith(Stack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {
    private static String console;
    private static String familyUrl;

    @BeforeAll
    static void seedDirectory() {
        console = Stack.consoleUrl();
        // The consent below names nzdm-kotva: the test databases' directory starts empty.
        ConsoleBrowser.ensureNzdmKotvaInDirectory();
    }

    @Test
    @Order(1)
    void aWorkerSignsInRegistersAFamilyRecordsAConsentAndAContactAndSeesThemOnTheTimeline() {
        try (BrowserContext context = context(1280, 900)) {
            Page page = context.newPage();
            steps(page, "register", () -> {
                signIn(page, "sas.dvorak");
                assertThat(page.getByText("Přihlášen(a): Martin Dvořák")).isVisible();
                // His home is My work when anything is open for him; the caseload is in the navigation.
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Moje rodiny").setExact(true)).click();
                page.locator(".cards").or(page.getByText("Žádná rodina")).first().waitFor();
                scan(page, "moje-rodiny");

                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nová rodina")).click();
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nová rodina"))).isVisible();
                field(page, "Označení domácnosti").fill("Rodina Prohlížečová");
                field(page, "Obec").fill("Brno");
                field(page, "PSČ").fill("12");
                field(page, "Lokalita").fill("ubytovna Svratka");
                field(page, "Sociálně vyloučená lokalita").check();
                field(page, "Jméno").fill("Jana");
                field(page, "Příjmení").fill("Prohlížečová");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Přidat člena")).click();
                field(page, "Jméno").nth(1).fill("Tomáš");
                field(page, "Příjmení").nth(1).fill("Prohlížeč");
                field(page, "Datum narození").nth(1).fill("2015-04-02");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Založit rodinu")).click();
                // The service's problem+json names the field; the console shows it beside the field and in the summary.
                assertThat(page.getByRole(AriaRole.ALERT).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("PSČ"))).isVisible();
                assertThat(field(page, "PSČ")).hasAttribute("aria-invalid", "true");
                assertThat(page.getByText("musí být PSČ (5 číslic)").first()).isVisible();
                scan(page, "nova-rodina-chyba");
                field(page, "PSČ").fill("602 00");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Založit rodinu")).click();

                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rodina Prohlížečová").setLevel(1))).isVisible();
                familyUrl = page.url();
                assertThat(page.getByText("Tomáš Prohlížeč")).isVisible();
                assertThat(page.getByText("nar. 2. 4. 2015")).isVisible();
                assertThat(page.getByText("2 členové")).isVisible();

                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zaznamenat souhlas")).click();
                field(page, "Příjemce (organizace)").fill("nzdm-kotva");
                field(page, "Kontaktní údaje").check();
                field(page, "Číslo formuláře").fill("SAS-JIH/2026/0999");
                // family-service learns the directory (nzdm-kotva) from referral-service's events: until then the
                // service names the field, and the worker saves again.
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(500))
                        .ignoreExceptions().until(() -> {
                            if (page.getByText("Souhlas byl zaznamenán.").isVisible()) {
                                return true;
                            }
                            var save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uložit souhlas"));
                            if (!"true".equals(save.getAttribute("aria-disabled"))) { // set while a save is under way
                                save.click();
                            }
                            page.getByText("Souhlas byl zaznamenán.").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(3000));
                            return true;
                        });
                assertThat(page.locator("#souhlasy").getByText("Platný")).isVisible();

                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zaznamenat kontakt")).click();
                field(page, "Délka (minuty)").fill("90");
                field(page, "Témata").fill("bydlení, škola");
                field(page, "Shrnutí").fill("Návštěva na ubytovně, domluva se školou.");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uložit kontakt")).click();
                assertThat(page.getByText("Kontakt byl zaznamenán.")).isVisible();
                assertThat(page.getByText("celkem 1 h 30 min")).isVisible();

                var timeline = page.locator("#casova-osa");
                assertThat(timeline.getByText("Zaznamenán kontakt")).isVisible();
                assertThat(timeline.getByText("Zaznamenán souhlas")).isVisible();
                assertThat(timeline.getByText("Rodina založena")).isVisible();
                scan(page, "karta-rodiny");

                page.setViewportSize(375, 812);
                page.evaluate("window.scrollTo(0, 0)");
                scan(page, "karta-rodiny-telefon");
            });
        }
    }

    @Test
    @Order(2)
    void anotherOrganizationsWorkerSeesNotFoundAndTheSharedListInsteadOfTheFile() {
        org.assertj.core.api.Assertions.assertThat(familyUrl).as("the family the first test registered").isNotNull();
        try (BrowserContext context = context(1280, 900)) {
            Page page = context.newPage();
            steps(page, "other-organization", () -> {
                signIn(page, "sas2.horak");
                page.navigate(familyUrl);
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nenalezeno"))).isVisible();
                assertThat(page.getByText("Rodina Prohlížečová")).hasCount(0);
                scan(page, "nenalezeno");
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sdíleno s námi")).click();
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sdíleno s námi"))).isVisible();
                page.locator(".cards").or(page.getByText("nikdo žádnou rodinu nesdílí")).first().waitFor();
                scan(page, "sdileno-s-nami");
            });
        }
    }

    @Test
    @Order(3)
    void stateChangingCallsNeedTheConsolesHeaderAndTheSameOriginAndSignOutEndsTheKeycloakSession() {
        try (BrowserContext context = context(1280, 900)) {
            Page page = context.newPage();
            steps(page, "csrf-and-sign-out", () -> {
                signIn(page, "sas.dvorak");
                APIRequestContext api = context.request();
                // A name of this run's own: the test databases outlive a run.
                String run = java.util.UUID.randomUUID().toString().substring(0, 8);
                String forgedName = "Rodina Podvržená " + run;
                String family = "{\"name\":\"" + forgedName + "\",\"address\":{\"municipality\":\"Brno\"},"
                        + "\"members\":[{\"firstName\":\"Eva\",\"lastName\":\"Malá\",\"role\":\"PARENT\"}]}";
                APIResponse forged = api.post(console + "/api/family/families", RequestOptions.create()
                        .setHeader("Content-Type", "application/json").setData(family));
                assertThat(forged.status()).isEqualTo(403);
                APIResponse crossOrigin = api.post(console + "/api/family/families", RequestOptions.create()
                        .setHeader("Content-Type", "application/json").setHeader("X-Requested-With", "JavaScript")
                        .setHeader("Origin", "https://evil.example").setData(family));
                assertThat(crossOrigin.status()).isEqualTo(403);
                APIResponse read = api.get(console + "/api/family/families?q=" + run,
                        RequestOptions.create().setHeader("X-Requested-With", "JavaScript"));
                assertThat(read.status()).isEqualTo(200);
                assertThat(read.text()).contains("\"items\":[]");
                // The proxy reaches only the services' /api/v1, never their management or /q endpoints.
                assertThat(api.get(console + "/api/family/..%2F..%2Fq%2Fhealth").status()).isIn(400, 404);

                APIResponse shell = api.get(console + "/");
                assertThat(shell.headers().get("content-security-policy")).contains("default-src 'none'").contains("script-src 'self'")
                        .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
                // No token reaches the page's JavaScript: the session cookie is HttpOnly.
                assertThat(context.cookies()).filteredOn(c -> c.name.startsWith("q_session")).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.httpOnly).isTrue());
                assertThat((String) page.evaluate("document.cookie")).doesNotContain("q_session");

                // Sign-out is a POST from the page (a GET /logout is refused: LogoutTest).
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Odhlásit se")).click();
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Byli jste odhlášeni"))).isVisible();
                scan(page, "odhlaseno");
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Přihlásit se")).click();
                // Keycloak's session ended too: its login page asks again instead of signing in silently.
                assertThat(page.locator("#kc-login")).isVisible();
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("prihlaseni.png")));
            });
        }
    }

    @Test
    @Order(4)
    void aWorkerPicksTheTeamRecordsAnAssessmentAndAPlanClosesAndReopensAndReadsTheTimelineInCzech() {
        org.assertj.core.api.Assertions.assertThat(familyUrl).as("the family the first test registered").isNotNull();
        String familyId = familyUrl.substring(familyUrl.lastIndexOf('/') + 1);
        try (BrowserContext context = context(1280, 900)) {
            Page page = context.newPage();
            steps(page, "case-file", () -> {
                signIn(page, "sas.dvorak");
                page.navigate(familyUrl);
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rodina Prohlížečová").setLevel(1))).isVisible();

                // The team from the organization's staff as Keycloak knows them (only ids go to the API).
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upravit tým")).click();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Přidat člena týmu")).click();
                field(page, "Pracovník (člen týmu 1)").selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Eva Králová (pracovník s rodinou)"));
                // Another organization's worker is not offered.
                assertThat(field(page, "Pracovník (člen týmu 1)").locator("option",
                        new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Horák"))).hasCount(0);
                scan(page, "tym");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uložit tým")).click();
                assertThat(page.getByText("Tým byl uložen.")).isVisible();
                assertThat(page.locator("#prehled").getByText("Eva Králová")).isVisible();

                // Activation, then the assessment: a child's domain rated, a perpetuating factor as a priority, completed.
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ukončit příjem a zahájit spolupráci")).click();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zahájit spolupráci")).click();
                assertThat(page.getByText("Spolupráce byla zahájena.")).isVisible();
                // The editor opens only once the draft is read: held here, the draft's reading leaves no form to type
                // into (what is typed before it arrives would be overwritten by the draft's content).
                java.util.List<com.microsoft.playwright.Route> held = new java.util.ArrayList<>();
                Pattern draft = Pattern.compile(".*/api/family/families/[^/]+/assessments/[^/?]+$");
                page.route(draft, route -> {
                    if (route.request().method().equals("GET")) {
                        held.add(route);
                    } else {
                        route.resume();
                    }
                });
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zahájit vyhodnocení")).click();
                page.waitForCondition(() -> !held.isEmpty());
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Přidat faktor"))).hasCount(0);
                page.unroute(draft);
                held.forEach(com.microsoft.playwright.Route::resume);
                field(page, "Vzdělávání dítěte – Tomáš Prohlížeč").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Obavy"));
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Přidat faktor")).click();
                field(page, "Kategorie").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Udržující faktory"));
                field(page, "Popis faktoru").fill("Dluhy brání nájmu bytu");
                field(page, "Priorita pro plán").check();
                field(page, "Shrnutí situace").fill("Rodina bydlí na ubytovně, Tomáš chodí do školy nepravidelně.");
                scan(page, "vyhodnoceni");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uložit a dokončit")).click();
                assertThat(page.getByText("Vyhodnocení bylo dokončeno.")).isVisible();
                assertThat(page.locator("#vyhodnoceni").getByText("Dokončeno", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))).isVisible();

                // A plan whose goal comes from the priority; its step is owed by the key worker and already overdue.
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nový plán")).click();
                assertThat(field(page, "Čeho chceme dosáhnout")).hasValue("Dluhy brání nájmu bytu");
                field(page, "Čeho chceme dosáhnout").fill("Splátkový kalendář a nájem bytu");
                field(page, "Název plánu").fill("Plán SAS 2026");
                field(page, "Co se udělá").fill("Schůzka v dluhové poradně");
                field(page, "Termín").fill(java.time.LocalDate.now().minusDays(3).toString());
                scan(page, "plan-novy");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uložit plán")).click();
                assertThat(page.getByText("Plán byl uložen.")).isVisible();

                // 412: someone records the step's progress while the worker revises the plan; the typed title stays.
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zobrazit plán Plán SAS 2026")).click();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revidovat plán")).click();
                field(page, "Název plánu").fill("Plán SAS 2026 – revize");
                String planId = api(Stack.Service.FAMILY, "sas.kralova").get("/api/v1/families/" + familyId + "/plans").then().statusCode(200).extract().path("items[0].id");
                var plan = api(Stack.Service.FAMILY, "sas.kralova").get("/api/v1/families/" + familyId + "/plans/" + planId).then().statusCode(200).extract();
                String stepId = plan.path("goals[0].steps[0].id");
                api(Stack.Service.FAMILY, "sas.kralova").header("If-Match", plan.header("ETag")).body("{\"status\": \"IN_PROGRESS\"}")
                        .put("/api/v1/families/" + familyId + "/plans/" + planId + "/steps/" + stepId + "/progress").then().statusCode(200);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uložit revizi")).click();
                assertThat(page.getByText("Záznam mezitím změnil někdo jiný")).isVisible();
                assertThat(field(page, "Název plánu")).hasValue("Plán SAS 2026 – revize");
                scan(page, "konflikt-412");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Načíst aktuální stav")).click();
                assertThat(page.getByText("Záznam mezitím změnil někdo jiný")).hasCount(0);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uložit revizi")).click();
                assertThat(page.getByText("Revize plánu byla uložena.")).isVisible();
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Plán SAS 2026 – revize"))).isVisible();

                // Closure with a reason, then reopening with one.
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uzavřít případ")).click();
                field(page, "Důvod uzavření").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Cíle splněny"));
                field(page, "Shrnutí").fill("Rodina bydlí v nájmu a splácí.");
                scan(page, "uzavreni");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Potvrdit uzavření")).click();
                assertThat(page.getByText("Případ byl uzavřen.")).isVisible();
                assertThat(page.locator("#prehled .status")).hasText("Uzavřeno");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Znovu otevřít případ")).click();
                field(page, "Důvod znovuotevření").fill("Rodina požádala o další podporu.");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Potvrdit znovuotevření")).click();
                assertThat(page.getByText("Případ byl znovu otevřen.")).isVisible();

                // The referral-service's entries too, rendered in Czech from their kind and parameters.
                String consentId = api(Stack.Service.FAMILY, "sas.dvorak").get("/api/v1/families/" + familyId + "/consents").then().statusCode(200)
                        .extract().path("items[0].id");
                String tomas = api(Stack.Service.FAMILY, "sas.dvorak").get("/api/v1/families/" + familyId).then().extract()
                        .path("members.find { it.firstName == 'Tomáš' }.id");
                String[] referral = new String[1];
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(300)).until(() -> {
                    var created = api(Stack.Service.REFERRAL, "sas.dvorak").body("""
                            {"familyId": "%s", "memberIds": ["%s"], "recipientOrganization": "nzdm-kotva",
                             "reason": "Odpoledne tráví sám.", "request": "Individuální práce v klubu.",
                             "urgency": "ROUTINE", "basis": "CONSENT", "consentId": "%s"}""".formatted(familyId, tomas, consentId))
                            .post("/api/v1/referrals");
                    referral[0] = created.statusCode() == 201 ? created.path("id") : null;
                    return referral[0] != null;
                });
                api(Stack.Service.REFERRAL, "sas.dvorak").post("/api/v1/referrals/" + referral[0] + "/sending").then().statusCode(200);
                api(Stack.Service.REFERRAL, "nzdm.svoboda").body("{}").post("/api/v1/referrals/" + referral[0] + "/acceptance").then().statusCode(200);
                var timeline = page.locator("#casova-osa");
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofSeconds(1))
                        .ignoreExceptions().until(() -> {
                            page.reload();
                            timeline.getByText("nzdm-kotva přijala doporučení od sas-jih").waitFor(
                                    new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(2000));
                            return true;
                        });
                assertThat(timeline.getByText("Doporučení odesláno: sas-jih → nzdm-kotva")).isVisible();
                assertThat(timeline.getByText("Dokončeno vyhodnocení")).isVisible();
                assertThat(timeline.getByText("Dohodnut plán: Individuální plán SAS")).isVisible();
                assertThat(timeline.getByText("Revize plánu: Individuální plán SAS, verze 2")).isVisible();
                assertThat(timeline.getByText("Ukončen příjem, rodina spolupracuje")).isVisible();
                assertThat(timeline.getByText("Případ uzavřen: Cíle splněny")).isVisible();
                assertThat(timeline.getByText("Případ znovu otevřen")).isVisible();
                assertThat(timeline.getByText("Zaznamenán kontakt: Návštěva v domácnosti, 1 h 30 min")).isVisible();
                assertThat(timeline.getByText("Zaznamenán souhlas: Sdílení údajů s nzdm-kotva")).isVisible();
                assertThat(timeline).not().containsText("Referral");
                scan(page, "karta-rodiny-plan-a-casova-osa");

                // Moje rodiny flags the family's overdue step.
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Moje rodiny")).click();
                var card = page.locator("li.card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHas(page.locator("a[href='/rodiny/" + familyId + "']")));
                assertThat(card.locator(".overdue")).hasText("1 po termínu");
                assertThat(page.getByText("krok „Schůzka v dluhové poradně“ (Martin Dvořák)", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
                scan(page, "moje-rodiny-po-terminu");
            });
        }
        try (BrowserContext context = context(1280, 900)) {
            Page page = context.newPage();
            steps(page, "own-case-file", () -> {
                // NZDM, which accepted the referral, opens its own case file from the shared family; a second click
                // opens the same file (409 case-file-exists).
                signIn(page, "nzdm.svoboda");
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sdíleno s námi")).click();
                var card = page.locator("li.card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHas(page.locator("a[href='/rodiny/" + familyId + "']")));
                card.getByRole(AriaRole.BUTTON).click();
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rodina Prohlížečová").setLevel(1))).isVisible();
                String own = page.url();
                org.assertj.core.api.Assertions.assertThat(own).doesNotEndWith(familyId);
                scan(page, "vlastni-karta");
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sdíleno s námi")).click();
                card.getByRole(AriaRole.BUTTON).click();
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rodina Prohlížečová").setLevel(1))).isVisible();
                org.assertj.core.api.Assertions.assertThat(page.url()).isEqualTo(own);
            });
        }
    }

    @Test
    @Order(5)
    void whenTheSessionEndsTheFormKeepsWhatWasTyped() {
        try (BrowserContext context = context(1280, 900)) {
            Page page = context.newPage();
            steps(page, "expired-session", () -> {
                signIn(page, "sas.dvorak");
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nová rodina")).click();
                field(page, "Označení domácnosti").fill("Rodina Rozepsaná");
                field(page, "Obec").fill("Brno");
                field(page, "Jméno").fill("Alena");
                field(page, "Příjmení").fill("Rozepsaná");
                // The session ends (its cookies gone, as after expiry): the save is answered 499, not lost.
                context.clearCookies();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Založit rodinu")).click();
                assertThat(page.getByText("Vaše přihlášení vypršelo")).isVisible();
                assertThat(field(page, "Označení domácnosti")).hasValue("Rodina Rozepsaná");
                assertThat(field(page, "Jméno")).hasValue("Alena");
                scan(page, "relace-vyprsela");
            });
        }
    }
}
