package cz.opora.system;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the console's browser tests share: one headless Chromium per test JVM (Debian's /usr/bin/chromium, Czech
 * locale), sign-in through Keycloak's own page, fields by their labels, and axe-core with a screenshot into
 * docs/console/ for every screen a test visits.
 */
final class ConsoleBrowser {
    static final Path ROOT = Path.of(System.getProperty("opora.root", "..")).toAbsolutePath().normalize();
    static final Path SCREENSHOTS = ROOT.resolve("docs/console");
    private static Playwright playwright;
    private static Browser browser;

    private ConsoleBrowser() {
    }

    /** The browser, launched on first use and closed when the JVM ends (the test classes share it). */
    static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create();
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getProperty("opora.it.chromium", "/usr/bin/chromium")))
                    .setArgs(List.of("--no-sandbox", "--lang=cs-CZ")).setHeadless(true));
            Runtime.getRuntime().addShutdownHook(new Thread(ConsoleBrowser::close, "opora-browser-stop"));
        }
        return browser;
    }

    private static synchronized void close() {
        if (browser != null) {
            browser.close();
            playwright.close();
            browser = null;
        }
    }

    static BrowserContext context(int width, int height) {
        BrowserContext context = browser().newContext(new Browser.NewContextOptions().setLocale("cs-CZ")
                .setTimezoneId("Europe/Prague").setViewportSize(width, height));
        context.setDefaultTimeout(15_000);
        // A service's first answers on a busy 2-core machine can take longer than the assertions' default 5 s.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        return context;
    }

    /** Runs a test's steps; when one fails, the page as it was goes to target/console-failures/ for the reader. */
    static void steps(Page page, String name, Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(ROOT.resolve("system-tests/target/console-failures/" + name + ".png")));
            throw e;
        }
    }

    /** Keycloak's own login page, in Czech (ui_locales=cs), then back in the console on its home screen. */
    static void signIn(Page page, String username) {
        page.navigate(Stack.consoleUrl() + "/");
        assertThat(page).hasURL(Pattern.compile(".*/realms/opora/protocol/openid-connect/auth.*"));
        assertThat(page.locator("html")).hasAttribute("lang", "cs");
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        assertThat(page.locator(".app-user")).containsText("Přihlášen(a)");
    }

    /** A form field by its label, exactly (a required field's label ends with " *"). */
    static Locator field(Page page, String label) {
        // Playwright hands the pattern to JavaScript: escape by hand (no \\Q...\\E there).
        String escaped = label.replaceAll("[()\\[\\]{}.*+?^$|\\\\]", "\\\\$0");
        return page.getByLabel(Pattern.compile("^" + escaped + "[\\s\\u00a0*]*$"));
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * The item of a paged list (cards with "Načíst další"), loading further pages as a user would until it is listed:
     * lists sorted by due date put a new item after every older one, and a database that served many runs holds many.
     */
    static Locator listed(Page page, Locator item) {
        Locator cards = page.locator("li.card");
        Locator more = button(page, "Načíst další");
        cards.first().waitFor();
        for (int pages = 1; pages < 50 && item.count() == 0 && more.isVisible(); pages++) {
            int before = cards.count();
            try {
                more.click(new Locator.ClickOptions().setTimeout(3_000));
                page.waitForCondition(() -> cards.count() > before || item.count() > 0,
                        new Page.WaitForConditionOptions().setTimeout(5_000));
            } catch (com.microsoft.playwright.TimeoutError reloaded) {
                // The list was being replaced (a filter just applied): look again at what it shows now.
            }
        }
        return item;
    }

    static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
    }

    /** NZDM Kotva's own directory entry (the test databases' directory starts empty; consents and referrals name it). */
    static void ensureNzdmKotvaInDirectory() {
        if (api(Stack.Service.REFERRAL, "nzdm.svoboda").get("/api/v1/organizations/nzdm-kotva").statusCode() == 404) {
            api(Stack.Service.REFERRAL, "admin.nzdm").body("""
                    {"name": "NZDM Kotva", "type": "NZDM", "municipalities": ["Brno"], "services": ["nízkoprahový klub"],
                     "acceptingNewClients": true}""").put("/api/v1/organizations/nzdm-kotva").then().statusCode(201);
        }
    }

    /** A service's API as a user, with a real token (a new request each time: RestAssured's specs are mutable). */
    static io.restassured.specification.RequestSpecification api(Stack.Service service, String user) {
        return io.restassured.RestAssured.given().baseUri(service.url()).auth().oauth2(cz.opora.testing.Tokens.user(user))
                .contentType("application/json");
    }

    /** axe-core (from the console's npm dependencies) on the page as it is: no serious or critical violation. */
    static void scan(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        page.evaluate(axeSource());
        String violations = (String) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                  return JSON.stringify(result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })));
                }""");
        assertThat(violations).as("axe-core on %s", name).isEqualTo("[]");
    }

    private static String axeSource() {
        Path axe = ROOT.resolve("console/src/main/webui/node_modules/axe-core/axe.min.js");
        try {
            return Files.readString(axe);
        } catch (IOException e) {
            throw new IllegalStateException(axe + " is missing: the console's build installs it (npm ci)", e);
        }
    }
}
