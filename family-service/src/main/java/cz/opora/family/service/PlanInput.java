package cz.opora.family.service;

import cz.opora.family.domain.Plan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan's content, to agree a new plan or revise one (as a whole). In a revision, goals and steps that keep
 * their {@code id} stay the same goal or step (with their progress); those without one are new; those left out
 * are dropped. Earlier revisions are kept.
 */
@Schema(name = "PlanInput")
public record PlanInput(
        @Schema(description = "SAS_PLAN, or OSPOD_IPOD (OSPOD workers only); family conference plans are imported")
        @NotNull Plan.Source source,
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "When the plan is reviewed with the family") LocalDate reviewDate,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid Goal> goals) {

    @Schema(name = "GoalInput")
    public record Goal(
            @Schema(description = "Keep an existing goal (revision)") UUID id,
            @NotBlank @Size(max = 2000) String what,
            @Schema(description = "How progress is seen") @Size(max = 2000) String progressIndicator,
            @Schema(description = "The assessment's priority factor this goal addresses") UUID fromFactorId,
            @NotNull @Size(max = 30) List<@NotNull @Valid Step> steps) {
    }

    @Schema(name = "StepInput")
    public record Step(
            UUID id,
            @NotBlank @Size(max = 2000) String what,
            @NotNull @Valid Who who,
            LocalDate dueDate) {
    }

    @Schema(name = "Who", description = "A worker (user id and name) or a family member (member id)")
    public record Who(@NotNull Plan.Who kind, @NotBlank @Size(max = 200) String id, @Size(max = 200) String name) {
    }
}
