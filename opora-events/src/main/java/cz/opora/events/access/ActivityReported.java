package cz.opora.events.access;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code cz.opora.activity.reported}: an entry for the family's timeline from another service (a referral
 * accepted, a conference held, a tutoring session missed...). {@code kind} is "area.what" ({@code referral.accepted});
 * the summary names organizations and roles, never people.
 */
public record ActivityReported(UUID familyId, UUID activityId, String kind, String summary, String refType, UUID refId,
                               Instant occurredAt) {
}
