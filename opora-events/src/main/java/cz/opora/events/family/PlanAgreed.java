package cz.opora.events.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Data of {@code cz.opora.family.plan-agreed}: that a plan exists, not what it says. */
public record PlanAgreed(UUID familyId, UUID planId, String source, int revision, int goals, LocalDate reviewDate,
                         Instant agreedAt) {
}
