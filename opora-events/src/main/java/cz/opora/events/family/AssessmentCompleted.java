package cz.opora.events.family;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code cz.opora.family.assessment-completed}. The assessment's content never leaves family-service. */
public record AssessmentCompleted(UUID familyId, UUID assessmentId, Instant completedAt) {
}
