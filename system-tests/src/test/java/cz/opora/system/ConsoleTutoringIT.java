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
import java.time.LocalDate;
import java.util.List;
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
 * Tutoring and the preschool club in the console (issue 15): the tutor records a session on a 375 px phone; the club
 * leader fills a session's attendance register for the whole group on a tablet and sees the programme's tutors.
 */
@ExtendWith(Stack.class)
class ConsoleTutoringIT {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static String familyId;
    private static String matchId;
    private static String clubId;
    private static String clubName;

    /** A family with a TUTORING consent, its older child matched with tutor.benes, two little ones in a new club. */
    @BeforeAll
    static void aMatchAndAClub() {
        var family = api(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"name": "Rodina Klubová %s", "address": {"municipality": "Brno"}, "members": [
                  {"firstName": "Lenka", "lastName": "Klubová", "role": "PARENT", "birthDate": "1990-01-01"},
                  {"firstName": "Matěj", "lastName": "Klub", "role": "CHILD", "birthDate": "2016-09-12"},
                  {"firstName": "Julie", "lastName": "Klubová", "role": "CHILD", "birthDate": "%s"},
                  {"firstName": "Adam", "lastName": "Klub", "role": "CHILD", "birthDate": "%s"}]}"""
                .formatted(RUN, LocalDate.now().minusYears(5).minusDays(20), LocalDate.now().minusYears(4).minusDays(3)))
                .post("/api/v1/families").then().statusCode(201).extract();
        familyId = family.path("id");
        List<String> members = family.path("members.id");
        api(Stack.Service.FAMILY, "sas.dvorak").body("""
                {"givenBy": "%s", "purpose": "TUTORING", "scopes": ["SCHOOL"], "formReference": "SAS-JIH/DOUC-%s"}"""
                .formatted(members.get(0), RUN)).post("/api/v1/families/" + familyId + "/consents").then().statusCode(201);
        String tutor = Families.tutorBenes();
        matchId = Families.created(Stack.Service.TUTORING, "klub.vesela", "/api/v1/matches", """
                {"tutorId": "%s", "familyId": "%s", "childId": "%s", "place": "Cejl 12, Brno", "schedule": "Po 16:00",
                 "school": "ZŠ Merhautova", "schoolClass": "4.A", "sasContactName": "Martin Dvořák",
                 "subjects": ["matematika", "čeština"], "goals": "Násobilka a čtení."}""".formatted(tutor, familyId, members.get(1)));
        api(Stack.Service.TUTORING, "klub.vesela").body("{}").post("/api/v1/matches/" + matchId + "/start").then().statusCode(200);
        clubName = "Předškoláček " + RUN;
        clubId = api(Stack.Service.TUTORING, "klub.vesela").body("""
                {"name": "%s", "place": "Cejl 50", "leaderName": "Petra Veselá", "capacity": 2, "schedule": "Út 9:00"}"""
                .formatted(clubName)).post("/api/v1/clubs").then().statusCode(201).extract().path("id");
        for (String child : List.of(members.get(2), members.get(3))) {
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> api(Stack.Service.TUTORING, "klub.vesela")
                    .body("{\"familyId\": \"" + familyId + "\", \"childId\": \"" + child + "\"}")
                    .post("/api/v1/clubs/" + clubId + "/enrolments").statusCode() == 201);
        }
    }

    @Test
    void aTutorRecordsASessionOnAPhone() {
        try (BrowserContext context = context(375, 812)) {
            Page page = context.newPage();
            steps(page, "tutor-session", () -> {
                signIn(page, "tutor.benes");
                assertThat(heading(page, "Doučování")).isVisible();
                page.locator("a[href='/doucovani/" + matchId + "']").click();
                assertThat(heading(page, "Matěj Klub, 10 let")).isVisible();
                scan(page, "doucovani-telefon");
                long started = System.nanoTime();
                button(page, "Zapsat hodinu").click();
                // Held, today, 60 minutes and both subjects are the defaults: a line of notes and save.
                field(page, "Co jsme probírali").fill("Násobilka 7, čtení pohádky.");
                scan(page, "doucovani-hodina-telefon");
                button(page, "Uložit hodinu").click();
                assertThat(page.getByText("Hodina byla zapsána.")).isVisible();
                assertThat(page.locator(".timeline")).containsText("proběhla, 60 min (matematika, čeština) – Násobilka 7, čtení pohádky.");
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(1));

                // Yesterday's, missed: today has its session already (the service's 409, shown at the date), so the date changes.
                button(page, "Zapsat hodinu").click();
                page.getByLabel("Neproběhla").check();
                button(page, "Uložit hodinu").click();
                assertThat(field(page, "Datum")).hasAttribute("aria-invalid", "true");
                assertThat(page.getByText("Hodina k tomuto dni už je zapsaná.").first()).isVisible();
                field(page, "Datum").fill(LocalDate.now().minusDays(1).toString());
                button(page, "Uložit hodinu").click();
                assertThat(page.getByText("Zapsáno, že hodina neproběhla.")).isVisible();
                assertThat(page.locator(".timeline")).containsText("neproběhla");
                // The page fits the phone: nothing wider than the screen.
                assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            });
        }
        assertThat(api(Stack.Service.TUTORING, "klub.vesela").get("/api/v1/matches/" + matchId + "/sessions").then().statusCode(200)
                .extract().<List<Boolean>>path("items.held")).containsExactlyInAnyOrder(true, false);
        // The family's SAS worker sees the sessions in the case file.
        try (BrowserContext context = context(1280, 900)) {
            Page page = context.newPage();
            steps(page, "family-tutoring", () -> {
                signIn(page, "sas.dvorak");
                page.navigate(Stack.consoleUrl() + "/rodiny/" + familyId);
                Locator tutoring = page.locator("#doucovani");
                assertThat(tutoring).containsText("Matěj Klub – doučuje");
                assertThat(tutoring).containsText("proběhla, 60 min (matematika, čeština)");
                assertThat(tutoring).containsText("neproběhla");
            });
        }
    }

    @Test
    void aClubLeaderFillsTheAttendanceRegisterForTheWholeGroupOnATablet() {
        try (BrowserContext context = context(800, 1280)) {
            Page page = context.newPage();
            steps(page, "club-register", () -> {
                signIn(page, "klub.vesela");
                assertThat(heading(page, "Předškolní kluby")).isVisible();
                link(page, clubName).click();
                assertThat(heading(page, clubName)).isVisible();
                assertThat(page.getByText("obsazeno 2 z 2").first()).isVisible();
                field(page, "Téma").fill("Barvy a tvary");
                field(page, "Julie Klubová").check();
                assertThat(page.getByText("Přítomno 1 z 2")).isVisible();
                scan(page, "klub-dochazka");
                button(page, "Uložit docházku").click();
                assertThat(page.getByText("Docházka byla uložena: přítomno 1 z 2.")).isVisible();

                // The school entry of a child who goes to school.
                button(page, "Nástup do školy – Julie Klubová").click();
                field(page, "Kam dítě nastoupilo").selectOption(new SelectOption().setLabel("Běžná škola s podporou"));
                field(page, "Škola").fill("ZŠ Merhautova");
                button(page, "Uložit nástup").click();
                assertThat(page.getByText("Nástup do školy byl zapsán.")).isVisible();
                assertThat(page.locator("li.card").filter(new Locator.FilterOptions().setHasText("Julie Klubová")))
                        .containsText("Běžná škola s podporou (ZŠ Merhautova)");

                link(page, "Doučující").click();
                assertThat(heading(page, "Doučující programu")).isVisible();
                // The list is by name, 50 a page, and the suite registers tutors of its own: filter to the vetted ones.
                field(page, "Prověření").selectOption(new SelectOption().setLabel("Prověřen"));
                button(page, "Filtrovat").click();
                assertThat(page.locator("li.card").filter(new Locator.FilterOptions().setHasText("Tomáš Beneš")).first()).containsText("Prověřen");
                scan(page, "doucujici");
            });
        }
    }
}
