package cz.opora.tutoring.service;

import cz.opora.common.time.WorkCalendar;
import cz.opora.documents.CzechLabels;
import cz.opora.documents.Html;
import cz.opora.tutoring.domain.ClubAttendanceMark;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A child's preschool-club attendance summary: each place the child has (or had) in the organization's clubs, the
 * sessions present and absent in the period, month by month and day by day, school readiness and school entry; every
 * code in Czech. Rendered from {@link ClubService#childRecord}, one audited read. The leader's notes are not printed:
 * the paper goes to the family and the school.
 */
@ApplicationScoped
@Transactional
public class ClubDocuments {
    private static final Locale CZECH = Locale.forLanguageTag("cs");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", CZECH);

    @Inject
    ClubService clubs;
    @Inject
    WorkCalendar calendar;

    public Html attendance(UUID childId, LocalDate from, LocalDate to) {
        ChildClubRecord record = clubs.childRecord(childId, from, to);
        Html doc = Html.document("Přehled docházky do předškolního klubu");
        doc.facts("Dítě", record.childName() == null ? "(údaje o dítěti už rodina v evidenci nevede)" : record.childName(),
                "Datum narození", Html.date(record.birthDate()),
                "Období", Html.date(record.from()) + " – " + Html.date(record.to()));
        for (ChildClubPlace place : record.places()) {
            place(doc, place);
        }
        doc.muted("Vytištěno " + Html.date(calendar.today()) + " ze systému Opora.");
        return doc;
    }

    private void place(Html doc, ChildClubPlace p) {
        List<ClubAttendanceMark> marks = p.attendance();
        long present = marks.stream().filter(ClubAttendanceMark::present).count();
        doc.h2(p.clubName());
        doc.facts("Kde", p.place(), "Klub vede", p.leaderName(), "Místo v klubu", CzechLabels.code(p.status()),
                "Žádost o místo", Html.dateTime(p.requestedAt(), calendar.zone()),
                "Zapsáno", Html.dateTime(p.enrolledAt(), calendar.zone()),
                "Odešlo z klubu", Html.dateTime(p.leftAt(), calendar.zone()),
                "Setkání v období", String.valueOf(marks.size()), "Přítomno", String.valueOf(present),
                "Chybělo", String.valueOf(marks.size() - present),
                "Docházka", marks.isEmpty() ? null : Math.round(100.0 * present / marks.size()) + " %");
        if (!marks.isEmpty()) {
            Map<YearMonth, List<ClubAttendanceMark>> byMonth = marks.stream().collect(Collectors.groupingBy(
                    m -> YearMonth.from(m.date()), TreeMap::new, Collectors.toList()));
            List<List<String>> months = new ArrayList<>();
            byMonth.forEach((month, in) -> {
                long there = in.stream().filter(ClubAttendanceMark::present).count();
                months.add(List.of(MONTH.format(month), String.valueOf(in.size()), String.valueOf(there),
                        String.valueOf(in.size() - there)));
            });
            doc.h3("Po měsících");
            doc.table(List.of("Měsíc", "Setkání", "Přítomno", "Chybělo"), months);
            doc.h3("Setkání");
            doc.table(List.of("Datum", "Dítě"), marks.stream()
                    .map(m -> List.of(Html.date(m.date()), m.present() ? "přítomno" : "chybělo")).toList());
        }
        if (!p.readiness().isEmpty()) {
            doc.h3("Školní připravenost (1 potřebuje hodně podpory, 4 připraveno)");
            doc.table(List.of("Kdy", "Dne", "Hodnocení"), p.readiness().stream().map(r -> List.of(
                    CzechLabels.code(r.stage()), Html.date(r.assessedOn()), r.scores().entrySet().stream()
                            .map(s -> CzechLabels.code("ReadinessDomain", s.getKey()) + ": " + s.getValue()).sorted(java.text.Collator.getInstance(CZECH))
                            .collect(Collectors.joining(", ")))).toList());
        }
        if (p.schoolEntry() != null) {
            doc.facts("Nástup do školy", CzechLabels.code(p.schoolEntry()), "Škola", p.schoolName(),
                    "Od", Html.date(p.schoolEntryOn()));
        }
    }
}
