package cz.opora.events.tutoring;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of every {@code cz.opora.tutoring.*} event: which family and which member (the child tutored or enrolled,
 * the adult at a workshop), which programme organization, what it is about ({@code refType}: match, session,
 * enrolment, workshop-session; {@code refId}), and the state or outcome after the change ({@code value}: a match's
 * status, an end reason, a school-entry outcome...). Never session notes, grades or names.
 */
public record TutoringEvent(UUID familyId, UUID memberId, String organization, String refType, UUID refId, String value,
                            Instant occurredAt) {
}
