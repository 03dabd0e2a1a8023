package cz.opora.events.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code cz.opora.conference.family-plan-accepted} and {@code family-plan-revised}: the plan the family wrote
 * in private family time, as the referrer accepted it. family-service imports it as the family's own plan (workers
 * record progress, never rewrite it); a revised plan, from a review conference, becomes a new revision of the plan
 * imported from {@code originalConferenceId} (for a first plan, the conference itself). A step is owed by a family
 * member ({@code whoMemberId}) or by someone named ({@code whoName}: a friend, a service). {@code ifItDoesNotWork}: what
 * the family will do if the plan does not work, in its own words (absent in events written before it was carried).
 */
public record FamilyPlan(UUID familyId, UUID conferenceId, UUID originalConferenceId, String title, LocalDate reviewDate,
                         List<Goal> goals, Instant agreedAt, String ifItDoesNotWork) {
    public record Goal(String what, String progressIndicator, List<Step> steps) {
    }

    public record Step(String what, UUID whoMemberId, String whoName, LocalDate dueDate) {
    }
}
