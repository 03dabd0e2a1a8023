package cz.opora.family.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An individual plan: goals agreed with the family, each with steps; reviewed on a date. */
@Entity
@Table(name = "plan")
public class Plan {
    @Schema(name = "PlanSource")
    public enum Source { SAS_PLAN, OSPOD_IPOD, FAMILY_CONFERENCE }

    public enum GoalStatus { OPEN, PARTLY_ACHIEVED, ACHIEVED, NOT_ACHIEVED }

    public enum StepStatus { PLANNED, IN_PROGRESS, DONE, CANCELLED }

    /** Who owes a step: a worker, a family member, or someone of the family's network named in a family's plan. */
    @Schema(name = "StepOwnerKind")
    public enum Who { WORKER, MEMBER, NETWORK }

    @Id
    public UUID id;
    @Column(name = "family_id", nullable = false)
    public UUID familyId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;
    /** The family wrote it (a family conference plan): workers record progress, never rewrite it. */
    @Column(name = "family_authored", nullable = false)
    public boolean familyAuthored;
    @Column(name = "source_reference")
    public String sourceReference;
    @Column(nullable = false)
    public String title;
    @Column(name = "review_date")
    public LocalDate reviewDate;
    /** A family conference's plan: what the family will do if it does not work, in its own words. */
    @Column(name = "if_it_does_not_work")
    public String ifItDoesNotWork;
    @Column(nullable = false)
    public int revision;
    @Column(name = "agreed_at", nullable = false)
    public Instant agreedAt;
    @Column(name = "agreed_by", nullable = false)
    public String agreedBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Goal> goals = new ArrayList<>();

    @Entity(name = "PlanGoal")
    @Table(name = "plan_goal")
    public static class Goal {
        @Id
        public UUID id;
        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "plan_id")
        public Plan plan;
        @Column(nullable = false)
        public int position;
        @Column(nullable = false)
        public String what;
        @Column(name = "progress_indicator")
        public String progressIndicator;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public GoalStatus status;
        @Column(name = "progress_note")
        public String progressNote;
        @Column(name = "from_factor_id")
        public UUID fromFactorId;
        @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
        @OrderBy("position")
        public List<Step> steps = new ArrayList<>();
    }

    @Entity(name = "PlanStep")
    @Table(name = "plan_step")
    public static class Step {
        @Id
        public UUID id;
        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "goal_id")
        public Goal goal;
        @Column(nullable = false)
        public int position;
        @Column(nullable = false)
        public String what;
        @Enumerated(EnumType.STRING)
        @Column(name = "who_kind", nullable = false)
        public Who whoKind;
        /** A worker's user id or a member's id. */
        @Column(name = "who_id", nullable = false)
        public String whoId;
        @Column(name = "who_name", nullable = false)
        public String whoName;
        @Column(name = "due_date")
        public LocalDate dueDate;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public StepStatus status;
    }

    @Entity(name = "PlanRevision")
    @Table(name = "plan_revision")
    public static class Revision {
        @Id
        public UUID id;
        @Column(name = "plan_id", nullable = false)
        public UUID planId;
        @Column(nullable = false)
        public int revision;
        /** The plan as it was (JSON of the API's Plan), before it was revised. */
        @Column(nullable = false)
        public String content;
        @Column(name = "revised_at", nullable = false)
        public Instant revisedAt;
        @Column(name = "revised_by", nullable = false)
        public String revisedBy;
    }
}
