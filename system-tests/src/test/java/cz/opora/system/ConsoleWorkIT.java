package cz.opora.system;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import cz.opora.testing.SampleRequests;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static cz.opora.system.ConsoleBrowser.api;
import static cz.opora.system.ConsoleBrowser.button;
import static cz.opora.system.ConsoleBrowser.context;
import static cz.opora.system.ConsoleBrowser.field;
import static cz.opora.system.ConsoleBrowser.heading;
import static cz.opora.system.ConsoleBrowser.link;
import static cz.opora.system.ConsoleBrowser.listed;
import static cz.opora.system.ConsoleBrowser.scan;
import static cz.opora.system.ConsoleBrowser.signIn;
import static cz.opora.system.ConsoleBrowser.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * My work, notifications and approvals in the console (issue 17): a referral sent to NZDM is in the NZDM worker's
 * My work and under her bell, and she marks it read; a closure requested by an OSPOD worker waits in the org-admin's
 * queue (the file says so and stays open), the org-admin approves it and the file is closed; a worker who would
 * approve her own request is told in Czech that another person decides.
 */
@ExtendWith(Stack.class)
class ConsoleWorkIT {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aReferralToNzdmIsInHerWorkAndUnderHerBellAndSheMarksItRead() {
        String referralId = aReferralSentToNzdm();
        // The item and the notification come from referral-service's event: wait for them before signing in.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                api(Stack.Service.FAMILY, "nzdm.svoboda").get("/api/v1/work?kind=REFERRAL_AWAITING_ANSWER&limit=100")
                        .then().statusCode(200).extract().jsonPath().getList("items.refId").contains(referralId));
        emailOnReferrals(true);
        try (BrowserContext context = context(390, 844)) {
            Page page = context.newPage();
            steps(page, "work-nzdm", () -> {
                signIn(page, "nzdm.svoboda");
                // Her home is My work now that something is open for her.
                assertThat(heading(page, "Můj přehled")).isVisible();
                field(page, "Druh úkolu").selectOption(new SelectOption().setLabel("Doporučení čeká na odpověď"));
                button(page, "Filtrovat").click();
                assertThat(page).hasURL(Pattern.compile(".*/(prace)?\\?druh=REFERRAL_AWAITING_ANSWER$"));
                Locator item = listed(page, card(page, "/doporuceni/" + referralId));
                assertThat(item).containsText("Doporučení čeká na odpověď");
                assertThat(item).containsText("fronta organizace");
                // Before acceptance the family's file is not hers to open: no link to it.
                assertThat(item).containsText("karta není přístupná");
                assertThat(page.getByText(Pattern.compile("^\\d+ úkol(y|ů)?\\+?"))).isVisible();
                scan(page, "muj-prehled");

                // The bell: a link with a text label and the count in words.
                long unread = unreadOf("nzdm.svoboda");
                Locator bell = page.locator("a.bell");
                assertThat(bell).hasAccessibleName(Pattern.compile("^Oznámení\\s*\\(" + unread + " nepřečten(é|á|ých)\\)$"));
                bell.click();
                assertThat(heading(page, "Oznámení")).isVisible();
                Locator notification = card(page, "/doporuceni/" + referralId);
                assertThat(notification).containsText("Přišlo nové doporučení");
                assertThat(notification).containsText("Nepřečtené");
                scan(page, "oznameni");
                notification.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Označit jako přečtené: Přišlo nové doporučení")).click();
                assertThat(notification.getByRole(AriaRole.BUTTON)).hasAccessibleName("Označit jako nepřečtené: Přišlo nové doporučení");
                assertThat(notification).not().containsText("Nepřečtené");
                // The bell counts again at once.
                assertThat(bell).hasAccessibleName(Pattern.compile("^Oznámení\\s*\\((" + (unread - 1) + " nepřečten(é|á|ých)|žádná nepřečtená)\\)$"));
                assertThat(readState("nzdm.svoboda", referralId)).isTrue();

                // E-mail per kind: switched off and on again (the in-app notification always comes).
                Locator email = field(page, "Posílat e-mailem: Přišlo nové doporučení");
                assertThat(email).isChecked();
                email.uncheck();
                assertThat(page.getByText("E-mail vypnut: Přišlo nové doporučení.")).isVisible();
                email.check();
                assertThat(page.getByText("E-mail zapnut: Přišlo nové doporučení.")).isVisible();
                scan(page, "oznameni-nastaveni");
            });
        } finally {
            // WorkIT expects her e-mail on, whatever happened here.
            emailOnReferrals(true);
        }
    }

    @Test
    void aClosureWaitsInTheApproversQueueAndHappensOnlyAfterApproval() {
        String familyName = "Rodina Schvalovaná " + RUN;
        String familyId = registerForOspod(familyName);
        setClosurePolicy("org-admin");
        try (BrowserContext worker = context(1280, 900); BrowserContext approver = context(1280, 900)) {
            Page page = worker.newPage();
            steps(page, "approval-request", () -> {
                signIn(page, "ospod.novakova");
                page.navigate(Stack.consoleUrl() + "/rodiny/" + familyId);
                assertThat(heading(page, familyName)).isVisible();
                button(page, "Uzavřít případ").click();
                field(page, "Důvod uzavření").selectOption(new SelectOption().setLabel("Cíle splněny"));
                field(page, "Shrnutí").fill("Rodina zvládá péči o děti sama.");
                button(page, "Potvrdit uzavření").click();
                // The 202: the file is not closed, and says what it waits for.
                assertThat(page.getByText("Uzavření případu čeká na schválení. Případ zůstává otevřený")).isVisible();
                assertThat(page.getByText(Pattern.compile("Uzavření případu čeká na schválení: požádal\\(a\\) Alena Nováková .*, rozhoduje správce organizace\\."))).isVisible();
                assertThat(page.locator("#prehled .status")).not().hasText("Uzavřeno");
                assertThat(page.locator("#casova-osa")).containsText("Požádáno o schválení: uzavření případu (Cíle splněny)");
                scan(page, "uzavreni-ceka-na-schvaleni");
            });
            String approvalId = pendingApproval("admin.ospod", familyId);

            Page admin = approver.newPage();
            steps(admin, "approval-decision", () -> {
                signIn(admin, "admin.ospod");
                link(admin, "Můj přehled").click();
                assertThat(heading(admin, "Můj přehled")).isVisible();
                field(admin, "Druh úkolu").selectOption(new SelectOption().setLabel("Žádost čeká na schválení"));
                button(admin, "Filtrovat").click();
                Locator item = listed(admin, card(admin, "/schvaleni/" + approvalId));
                assertThat(item).containsText("Žádost čeká na schválení");
                assertThat(item.locator("a[href='/rodiny/" + familyId + "']")).hasText("Karta rodiny");
                link(admin, "Schvalování").click();
                assertThat(heading(admin, "Schvalování")).isVisible();
                Locator queued = listed(admin, card(admin, "/rodiny/" + familyId));
                assertThat(queued).containsText("Rodina zvládá péči o děti sama.");
                assertThat(queued).containsText("Alena Nováková");
                scan(admin, "schvalovani");

                admin.navigate(Stack.consoleUrl() + "/schvaleni/" + approvalId);
                assertThat(heading(admin, "Žádost: Uzavření případu")).isVisible();
                button(admin, "Schválit: Uzavření případu").click();
                assertThat(admin.getByText("Schváleno: případ je uzavřen.")).isVisible();
                assertThat(admin.locator(".card .status")).hasText("Schváleno");
                scan(admin, "schvaleni-schvaleno");
            });
            api(Stack.Service.FAMILY, "ospod.novakova").get("/api/v1/families/" + familyId).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("CLOSED"));

            // Her own request, where she has the approver's role: the service's 409 in Czech.
            setClosurePolicy("ospod-worker");
            String second = registerForOspod("Rodina Vlastní " + RUN);
            String own = api(Stack.Service.FAMILY, "ospod.novakova").header("If-Match", "\"0\"")
                    .body("{\"reason\": \"GOALS_MET\", \"summary\": \"Hotovo.\"}").post("/api/v1/families/" + second + "/closure")
                    .then().statusCode(202).extract().path("id");
            steps(page, "approval-own", () -> {
                page.navigate(Stack.consoleUrl() + "/rodiny/" + familyId);
                assertThat(page.locator("#prehled")).containsText("Uzavřeno");
                page.navigate(Stack.consoleUrl() + "/schvaleni/" + own);
                button(page, "Schválit: Uzavření případu").click();
                assertThat(page.getByText("O vlastní žádosti rozhodnout nemůžete: schválit ji musí jiný pracovník.")).isVisible();
                scan(page, "schvaleni-druha-osoba");
            });
        } finally {
            setClosurePolicy(null);
        }
    }

    /** sas.dvorak's family with a consent to share with NZDM Kotva, referred there and sent: the referral's id. */
    private static String aReferralSentToNzdm() {
        ConsoleBrowser.ensureNzdmKotvaInDirectory();
        Response registered = Families.register("sas.dvorak", SampleRequests.family("Rodina Přehledová " + RUN));
        String familyId = registered.then().statusCode(201).extract().path("id");
        List<String> members = registered.path("members.id");
        String consentId = Families.consent("sas.dvorak", familyId, """
                {"givenBy": "%s", "purpose": "SHARING", "recipientOrganization": "nzdm-kotva", "scopes": ["BASIC"],
                 "formReference": "SAS-JIH/%s/PREHLED"}""".formatted(members.get(0), RUN));
        String draft = """
                {"familyId": "%s", "memberIds": ["%s"], "recipientOrganization": "nzdm-kotva",
                 "reason": "Odpoledne tráví sám.", "request": "Individuální práce v klubu.",
                 "urgency": "URGENT", "basis": "CONSENT", "consentId": "%s"}""".formatted(familyId, members.get(1), consentId);
        String[] referral = new String[1];
        // referral-service learns the family and the consent from family-service's events.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response created = api(Stack.Service.REFERRAL, "sas.dvorak").body(draft).post("/api/v1/referrals");
            referral[0] = created.statusCode() == 201 ? created.path("id") : null;
            return referral[0] != null;
        });
        api(Stack.Service.REFERRAL, "sas.dvorak").post("/api/v1/referrals/" + referral[0] + "/sending").then().statusCode(200);
        return referral[0];
    }

    /** The card (an item, a notification, a request) that links to this address. */
    private static Locator card(Page page, String href) {
        return page.locator("li.card").filter(new Locator.FilterOptions().setHas(page.locator("a[href='" + href + "']")));
    }

    private static void emailOnReferrals(boolean email) {
        api(Stack.Service.FAMILY, "nzdm.svoboda").body("{\"kind\": \"REFERRAL_RECEIVED\", \"email\": " + email + "}")
                .put("/api/v1/notifications/preferences").then().statusCode(200);
    }

    private static long unreadOf(String user) {
        return api(Stack.Service.FAMILY, user).get("/api/v1/notifications?unread=true&limit=1").then().statusCode(200)
                .extract().jsonPath().getLong("unread");
    }

    private static boolean readState(String user, String refId) {
        return api(Stack.Service.FAMILY, user).get("/api/v1/notifications?limit=100").then().statusCode(200).extract()
                .jsonPath().getBoolean("items.find { it.refId == '" + refId + "' }.read");
    }

    private static String registerForOspod(String name) {
        return Families.register("ospod.novakova", SampleRequests.family(name)).then().statusCode(201).extract().path("id");
    }

    private static String pendingApproval(String user, String familyId) {
        return api(Stack.Service.FAMILY, user).get("/api/v1/approvals?status=PENDING&limit=100").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.familyId == '" + familyId + "' }.id");
    }

    /** OSPOD's closure policy: approval by this role, or (null) none, replacing whatever is there (If-Match). */
    private static void setClosurePolicy(String approverRole) {
        Long version = api(Stack.Service.FAMILY, "admin.ospod").get("/api/v1/approval-policies").then().statusCode(200)
                .extract().jsonPath().getObject("items.find { it.action == 'CASE_CLOSURE' }.version", Long.class);
        var request = api(Stack.Service.FAMILY, "admin.ospod");
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        String role = approverRole == null ? "null" : "\"" + approverRole + "\"";
        int status = request.body("{\"action\": \"CASE_CLOSURE\", \"approverRole\": " + role + "}")
                .put("/api/v1/approval-policies").statusCode();
        assertThat(status).isIn(200, 204);
    }
}
