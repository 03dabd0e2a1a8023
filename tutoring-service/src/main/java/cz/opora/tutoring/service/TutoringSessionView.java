package cz.opora.tutoring.service;

import cz.opora.tutoring.domain.TutoringSession;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Schema(name = "Session", description = "workedOn and noteForSas are null where the match withholds the child's details")
public record TutoringSessionView(UUID id, LocalDate date, boolean held, int durationMinutes, boolean childPresent,
                                  boolean parentPresent, List<String> subjects, String workedOn, String noteForSas) {
    static TutoringSessionView of(TutoringSession s, boolean showsChild) {
        return new TutoringSessionView(s.id, s.date, s.held, s.durationMinutes, s.childPresent, s.parentPresent,
                Arrays.asList(s.subjects), showsChild ? s.workedOn : null, showsChild ? s.noteForSas : null);
    }
}
