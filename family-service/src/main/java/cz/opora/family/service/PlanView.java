package cz.opora.family.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import cz.opora.family.domain.Plan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A plan; in lists without its goals. */
@Schema(name = "Plan")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanView(UUID id, Plan.Source source, boolean familyAuthored, String sourceReference, String title,
                       LocalDate reviewDate, @Schema(description = "A family conference's plan: what the family "
                               + "will do if it does not work") String ifItDoesNotWork, int revision, Instant agreedAt, Instant updatedAt, List<Goal> goals,
                       @JsonIgnore @Schema(hidden = true) long version) {

    @Schema(name = "Goal")
    public record Goal(UUID id, String what, String progressIndicator, Plan.GoalStatus status, String progressNote,
                       UUID fromFactorId, List<Step> steps) {
    }

    @Schema(name = "Step")
    public record Step(UUID id, String what, PlanInput.Who who, LocalDate dueDate, Plan.StepStatus status) {
    }

    static PlanView full(Plan p) {
        return new PlanView(p.id, p.source, p.familyAuthored, p.sourceReference, p.title, p.reviewDate, p.ifItDoesNotWork, p.revision,
                p.agreedAt, p.updatedAt, p.goals.stream().map(g -> new Goal(g.id, g.what, g.progressIndicator, g.status,
                        g.progressNote, g.fromFactorId, g.steps.stream().map(s -> new Step(s.id, s.what,
                                new PlanInput.Who(s.whoKind, s.whoId, s.whoName), s.dueDate, s.status)).toList())).toList(),
                p.version);
    }

    static PlanView summary(Plan p) {
        return new PlanView(p.id, p.source, p.familyAuthored, p.sourceReference, p.title, p.reviewDate, p.ifItDoesNotWork, p.revision,
                p.agreedAt, p.updatedAt, null, p.version);
    }
}
