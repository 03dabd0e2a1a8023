package cz.opora.tutoring.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One line of a club's attendance register: the child's place, the session's day, present or absent. */
public record ClubAttendanceMark(UUID enrolmentId, LocalDate date, boolean present) {
}
