package cz.opora.events.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code cz.opora.conference.family-plan-agreed}: the plan the family wrote in private family time and
 * presented at the conference. family-service imports it as the family's own plan (workers record progress, never
 * rewrite it). A step is owed by a family member ({@code whoMemberId}) or by someone named ({@code whoName}).
 */
public record FamilyPlanAgreed(UUID familyId, UUID conferenceId, String title, LocalDate reviewDate, List<Goal> goals,
                               Instant agreedAt) {
    public record Goal(String what, String progressIndicator, List<Step> steps) {
    }

    public record Step(String what, UUID whoMemberId, String whoName, LocalDate dueDate) {
    }
}
