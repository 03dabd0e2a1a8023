package cz.opora.conference.service;

import cz.opora.common.time.WorkCalendar;
import cz.opora.conference.domain.CaseConference;
import cz.opora.conference.domain.CaseConferenceParticipant;
import cz.opora.conference.domain.CaseConferenceTask;
import cz.opora.documents.Html;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The case conference's minutes and tasks for its participants. Rendered from exactly the view the caller gets from
 * {@code GET /case-conferences/{id}} (same scoping and audit): a participant whose access is not live gets the paper
 * of its participation and its own tasks, nothing about the family.
 */
@ApplicationScoped
@Transactional
public class ConferenceDocuments {
    @Inject
    CaseConferenceService conferences;
    @Inject
    WorkCalendar calendar;

    public Html minutes(UUID id) {
        CaseConferenceView c = conferences.get(id);
        ZoneId zone = calendar.zone();
        Map<UUID, String> names = c.participants().stream()
                .collect(Collectors.toMap(CaseConferenceView.Participant::id, p -> p.name() == null ? "" : p.name()));
        Html doc = Html.document("Zápis z případové konference");
        doc.facts("Rodina", c.familyName(), "Svolává", c.convenerName() + " (" + c.organization() + ")",
                "Účel", c.purpose(), "Termín", Html.dateTime(c.scheduledFor(), zone), "Místo", c.place(),
                "Spisová značka", c.statutoryReference(), "Stav", status(c.status()),
                "Konala se", Html.dateTime(c.heldAt(), zone), "Další setkání", Html.dateTime(c.nextMeetingAt(), zone));
        doc.h2("Účastníci");
        doc.table(List.of("Jméno", "Organizace / instituce", "Role", "Účast"), c.participants().stream()
                .map(p -> List.of(p.name(), p.institution() != null ? p.institution() : text(p.organization()),
                        text(p.role()), invitation(p.invitation()))).toList());
        if (c.situation() != null || c.decisions() != null) {
            doc.h2("Zápis");
            doc.facts("Situace rodiny", c.situation(), "Co říká dítě", c.childView(),
                    "Dítě bylo přítomno", c.childPresent() == null ? null : c.childPresent() ? "ano" : "ne",
                    "Na čem jsme se dohodli", c.decisions());
            List<List<String>> views = c.participants().stream().filter(p -> p.view() != null)
                    .map(p -> List.of(p.name(), p.view())).toList();
            if (!views.isEmpty()) {
                doc.h3("Pohledy účastníků");
                doc.table(List.of("Kdo", "Pohled"), views);
            }
        }
        doc.h2("Úkoly");
        doc.table(List.of("Úkol", "Kdo", "Do kdy", "Stav", "Poznámka"), c.tasks().stream()
                .map(t -> List.of(t.what(), names.getOrDefault(t.ownerParticipantId(), ""), Html.date(t.dueDate()),
                        taskStatus(t.status()), text(t.followUpNote()))).toList());
        doc.muted("Vytištěno " + Html.date(calendar.today()) + " ze systému Opora pro účastníky konference. "
                + "Zápis obsahuje osobní údaje: neposílejte jej dál.");
        return doc;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String status(CaseConference.Status status) {
        return switch (status) {
            case PLANNED -> "naplánovaná";
            case HELD -> "konala se";
            case FOLLOW_UP -> "plní se úkoly";
            case CLOSED -> "uzavřená";
            case CANCELLED -> "zrušená";
        };
    }

    private static String invitation(CaseConferenceParticipant.Invitation invitation) {
        return invitation == null ? "" : switch (invitation) {
            case INVITED -> "pozván(a)";
            case ACCEPTED -> "přijal(a) pozvání";
            case DECLINED -> "odmítl(a)";
            case ATTENDED -> "přítomen/přítomna";
            case ABSENT -> "nepřítomen/nepřítomna";
        };
    }

    private static String taskStatus(CaseConferenceTask.Status status) {
        return switch (status) {
            case OPEN -> "otevřený";
            case DONE -> "splněno";
            case NOT_DONE -> "nesplněno";
        };
    }
}
