package cz.opora.system;

import cz.opora.testing.Spreadsheets;
import cz.opora.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-service report of an organization and period (the console's GET /api/reports/organization), signed in on
 * Keycloak's own login page like a browser: one workbook with a sheet per service whose every figure equals that
 * service's JSON statistics for the same caller and period; the auditor names the organization and gets the same
 * figures as the organization's own org-admin; a role a service gives no figures gets a sheet saying so; a worker naming
 * another organization is refused.
 */
@ExtendWith(Stack.class)
class OrganizationReportIT {
    static final Map<String, Stack.Service> SHEETS = Map.of("Statistika rodin", Stack.Service.FAMILY,
            "Statistika doporučení", Stack.Service.REFERRAL, "Statistika konferencí", Stack.Service.CONFERENCE,
            "Statistika doučování", Stack.Service.TUTORING, "Statistika komunitní práce", Stack.Service.COMMUNITY);
    static final Map<Stack.Service, String> PATHS = Map.of(Stack.Service.FAMILY, "/api/v1/statistics",
            Stack.Service.REFERRAL, "/api/v1/referrals/statistics", Stack.Service.CONFERENCE, "/api/v1/conferences/statistics",
            Stack.Service.TUTORING, "/api/v1/tutoring-statistics", Stack.Service.COMMUNITY, "/api/v1/community-statistics");

    @Test
    void oneWorkbookWithEachServicesOwnFiguresForTheCallersOrganization() throws Exception {
        String from = LocalDate.now().withDayOfYear(1).toString();
        String to = LocalDate.now().minusDays(1).toString();
        String period = "from=" + from + "&to=" + to;
        // sas-jih's own low-threshold work in the period, so that the community sheet has figures to compare.
        String admin0 = Tokens.user("admin.sas");
        String client = given().baseUri(Stack.Service.COMMUNITY.url()).auth().oauth2(admin0).contentType("application/json")
                .body(Map.of("code", "Report-" + java.util.UUID.randomUUID().toString().substring(0, 8), "ageBand", "AGE_15_17", "gender", "FEMALE"))
                .post("/api/v1/anonymous-clients").then().statusCode(201).extract().path("id");
        given().baseUri(Stack.Service.COMMUNITY.url()).auth().oauth2(admin0).contentType("application/json")
                .body(Map.of("place", "FIELD", "date", to, "durationMinutes", 48, "interventions",
                        List.of(Map.of("type", "CONTACT_WORK", "minutes", 18), Map.of("type", "COUNSELLING", "minutes", 30))))
                .post("/api/v1/anonymous-clients/" + client + "/contacts").then().statusCode(201);

        Answer admin = signedIn("admin.sas").get("/api/reports/organization?" + period);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.type()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(admin.disposition()).isEqualTo("attachment; filename=\"vykaz-sas-jih-" + from + "-" + to + ".xlsx\"");
        List<Spreadsheets.Sheet> sheets = Spreadsheets.sheets(admin.body());
        assertThat(sheets).extracting(Spreadsheets.Sheet::name).containsExactly("Souhrn", "Statistika rodin",
                "Statistika doporučení", "Statistika konferencí", "Statistika doučování", "Statistika komunitní práce");
        assertThat(sheets.get(0).labels()).containsValues("Organizace", "Období od", "Období do");
        assertThat(sheets.get(0).figures()).containsValues("sas-jih", from, to);
        for (Spreadsheets.Sheet sheet : sheets.subList(1, sheets.size())) {
            Stack.Service service = SHEETS.get(sheet.name());
            String json = given().baseUri(service.url()).auth().oauth2(Tokens.user("admin.sas"))
                    .get(PATHS.get(service) + "?" + period).then().statusCode(200).extract().asString();
            assertThat(sheet.figures()).as(sheet.name() + " equals the service's JSON")
                    .containsExactlyEntriesOf(Spreadsheets.json(json));
            assertThat(sheet.headings()).containsExactly("Ukazatel", "Hodnota", "Klíč");
        }
        Spreadsheets.Sheet community = sheets.get(5);
        assertThat((java.math.BigDecimal) community.figures().get("contacts")).isGreaterThanOrEqualTo(java.math.BigDecimal.ONE);
        assertThat(community.labels().get("contacts")).isEqualTo("Kontakty");

        // The auditor names the organization: the same figures as its own org-admin's, sheet by sheet.
        Session auditor = signedIn("auditor.kraj");
        Answer audited = auditor.get("/api/reports/organization?" + period + "&organization=sas-jih");
        assertThat(audited.status()).isEqualTo(200);
        List<Spreadsheets.Sheet> auditedSheets = Spreadsheets.sheets(audited.body());
        for (int i = 1; i < sheets.size(); i++) {
            assertThat(auditedSheets.get(i).figures()).as(sheets.get(i).name()).isEqualTo(sheets.get(i).figures());
        }
        Answer unnamed = auditor.get("/api/reports/organization?" + period);
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(new String(unnamed.body(), StandardCharsets.UTF_8)).contains("organization");

        // A case manager: tutoring and community work give that role no figures (a sheet says so, not an error);
        // another organization's are refused.
        Session worker = signedIn("sas.dvorak");
        Answer own = worker.get("/api/reports/organization?" + period);
        assertThat(own.status()).isEqualTo(200);
        List<Spreadsheets.Sheet> ownSheets = Spreadsheets.sheets(own.body());
        for (int i : new int[] {4, 5}) {
            assertThat(ownSheets.get(i).name()).isEqualTo(sheets.get(i).name());
            assertThat(ownSheets.get(i).figures().keySet()).as(sheets.get(i).name()).anyMatch(k -> k.startsWith("bez oprávnění"));
        }
        Answer other = worker.get("/api/reports/organization?" + period + "&organization=ospod-mesto");
        assertThat(other.status()).isEqualTo(403);
        assertThat(new String(other.body(), StandardCharsets.UTF_8)).contains("own-organization-only");
    }

    record Answer(int status, String type, String disposition, byte[] body) {
    }

    /** A console session: the cookies a browser would keep after signing in on Keycloak's page. */
    record Session(HttpClient http, String console) {
        Answer get(String path) throws IOException, InterruptedException {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(console + path))
                    .header("X-Requested-With", "JavaScript").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Content-Disposition").orElse(""), r.body());
        }
    }

    /**
     * A browser's cookie jar for plain-http localhost: Keycloak marks its login cookies Secure, which browsers send to
     * http://localhost (a secure context) and java.net's CookieManager does not; the flag is dropped here.
     */
    static final class LocalCookies extends CookieHandler {
        private final CookieManager store = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return store.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> plain = new java.util.HashMap<>();
            headers.forEach((name, values) -> plain.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(c -> c.replaceAll("(?i);\\s*Secure", "")).toList() : values));
            store.put(uri, plain);
        }
    }

    static final Pattern FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");

    /** Opens the console, follows it to Keycloak's login page, posts the login form and follows back. */
    static Session signedIn(String username) throws IOException, InterruptedException {
        String console = Stack.consoleUrl();
        HttpClient http = HttpClient.newBuilder().cookieHandler(new LocalCookies())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(console + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher form = FORM.matcher(login.body());
        assertThat(form.find()).as("Keycloak's login form at " + login.uri()).isTrue();
        String action = (form.group(1) != null ? form.group(1) : form.group(2)).replace("&amp;", "&");
        String credentials = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Tokens.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> back = http.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher feedback = Pattern.compile("kc-feedback-text\"?[^>]*>([^<]*)<|id=\"input-error[^>]*>\\s*([^<]*)<").matcher(back.body());
        assertThat(back.uri().toString()).as("back in the console after signing in (Keycloak said: "
                + (feedback.find() ? feedback.group(0) : "nothing") + ")").startsWith(console);
        assertThat(back.statusCode()).isEqualTo(200);
        return new Session(http, console);
    }
}
