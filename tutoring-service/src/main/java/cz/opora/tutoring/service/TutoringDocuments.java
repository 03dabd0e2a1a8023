package cz.opora.tutoring.service;

import cz.opora.common.time.WorkCalendar;
import cz.opora.documents.Html;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A child's tutoring attendance summary: the match and its sessions (held, missed, hours, the child present), rendered
 * from exactly what {@code GET /matches/{id}} and {@code /sessions} show the caller (same scoping, same withholding of
 * the child's details, same audit). Notes for the SAS worker are not printed: the paper goes to the family and the
 * school.
 */
@ApplicationScoped
@Transactional
public class TutoringDocuments {
    private static final int MAX_SESSIONS = 500;

    @Inject
    MatchService matches;
    @Inject
    WorkCalendar calendar;

    public Html attendance(UUID matchId) {
        MatchRecord record = matches.record(matchId, MAX_SESSIONS);
        MatchView m = record.match();
        List<TutoringSessionView> sessions = record.sessions();
        long held = sessions.stream().filter(TutoringSessionView::held).count();
        long childThere = sessions.stream().filter(s -> s.held() && s.childPresent()).count();
        int minutes = sessions.stream().filter(TutoringSessionView::held).mapToInt(TutoringSessionView::durationMinutes).sum();
        Html doc = Html.document("Přehled docházky na doučování");
        doc.facts("Dítě", m.childDetailsWithheld() ? "(údaje o dítěti už program nevede)" : m.childName(),
                "Škola a třída", m.school() == null ? null : m.school() + (m.schoolClass() == null ? "" : ", " + m.schoolClass()),
                "Doučující", m.tutorName(), "Předměty", String.join(", ", m.subjects()), "Kdy", m.schedule(),
                "Doučování začalo", Html.dateTime(m.startedAt(), calendar.zone()),
                "Doučování skončilo", Html.dateTime(m.endedAt(), calendar.zone()));
        doc.h2("Souhrn");
        doc.facts("Konaná setkání", String.valueOf(held), "Zmeškaná setkání", String.valueOf(sessions.size() - held),
                "Dítě bylo přítomno", childThere + " z " + held,
                "Hodin doučování", BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
                        .toPlainString().replace('.', ','));
        List<List<String>> rows = new ArrayList<>();
        sessions.forEach(s -> rows.add(List.of(Html.date(s.date()), s.held() ? "konalo se" : "zmeškáno",
                s.held() ? s.durationMinutes() + " min" : "", s.held() ? (s.childPresent() ? "ano" : "ne") : "",
                String.join(", ", s.subjects()))));
        doc.h2("Setkání");
        doc.table(List.of("Datum", "Stav", "Délka", "Dítě přítomno", "Předměty"), rows);
        doc.muted("Vytištěno " + Html.date(calendar.today()) + " ze systému Opora (nejvýše 500 posledních setkání).");
        return doc;
    }
}
