package cz.opora.events.access;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code cz.opora.activity.reported}: an entry for the family's timeline from another service (a referral
 * accepted, a conference held, a tutoring session missed...). {@code kind} is "area.what" ({@code referral.accepted});
 * the summary names organizations and roles, never people. {@code params} are the values the summary is made of
 * (organization ids, codes, counts: never people), so that a reader renders the entry in its own language from the
 * kind and the parameters; none (null) from producers before it was added.
 */
public record ActivityReported(UUID familyId, UUID activityId, String kind, String summary, String refType, UUID refId,
                               Instant occurredAt, java.util.Map<String, String> params) {
    public ActivityReported {
        // Absent values (a null code) are left out: a parameter is always a string.
        java.util.Map<String, String> present = new java.util.TreeMap<>();
        if (params != null) {
            params.forEach((name, value) -> {
                if (value != null) {
                    present.put(name, value);
                }
            });
        }
        params = java.util.Collections.unmodifiableMap(present);
    }
}
