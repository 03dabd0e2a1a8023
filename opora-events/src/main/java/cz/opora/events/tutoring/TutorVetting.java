package cz.opora.events.tutoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code cz.opora.tutoring.tutor-vetting-recorded}: a tutor's vetting was recorded or changed. The tutor's id
 * and programme organization, the last day the criminal-record extract counts ({@code validUntil}, null without one)
 * and whether the tutor is active. Never the tutor's name or contacts: the programme's staff open the tutor by id.
 */
public record TutorVetting(UUID tutorId, String organization, LocalDate validUntil, boolean active, Instant occurredAt) {
}
