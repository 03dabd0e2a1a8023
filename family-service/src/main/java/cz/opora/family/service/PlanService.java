package cz.opora.family.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import cz.opora.common.audit.AuditLog;
import cz.opora.common.outbox.Outbox;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.FieldError;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.security.Roles;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.DataScope;
import cz.opora.events.EventType;
import cz.opora.events.family.PlanAgreed;
import cz.opora.events.family.PlanRevised;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyMember;
import cz.opora.family.domain.Plan;
import cz.opora.family.domain.PlanRepository;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Individual plans. A plan keeps its source and owner; OSPOD's plan (IPOD) is written by OSPOD; a family
 * conference plan is the family's: workers see it and record progress, nobody rewrites it.
 */
@ApplicationScoped
public class PlanService {
    @Inject
    WorkItems work;
    static final String RESOURCE = "plan";

    @Inject
    FamilyFiles files;
    @Inject
    PlanRepository plans;
    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    Timeline timeline;
    @Inject
    ObjectMapper json;
    @Inject
    WorkCalendar calendar;

    @Schema(name = "GoalProgress")
    public record GoalProgress(@NotNull Plan.GoalStatus status, @Size(max = 4000) String note) {
    }

    @Schema(name = "StepProgress")
    public record StepProgress(@NotNull Plan.StepStatus status) {
    }

    @Transactional
    public PlanView agree(UUID familyId, PlanInput input) {
        Family family = files.requireOwned(familyId);
        FamilyFiles.requireNotClosed(family);
        checkSource(input.source());
        return agree(family, input, caller.subject());
    }

    /** An IPOD whose agreement was approved (ApprovalService): agreed now, as the requester's plan. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlanView agreeApproved(UUID familyId, PlanInput input, String requestedBy) {
        Family family = files.requireOwned(familyId);
        FamilyFiles.requireNotClosed(family);
        return agree(family, input, requestedBy);
    }

    /** Checks a plan against the family (400 naming the field) without agreeing it: before it waits for approval. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(Family family, PlanInput input) {
        checkSource(input.source());
        write(new Plan(), family, input);
    }

    private PlanView agree(Family family, PlanInput input, String agreedBy) {
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.familyId = family.id;
        plan.source = input.source();
        plan.familyAuthored = false;
        plan.revision = 1;
        plan.agreedAt = calendar.now();
        plan.agreedBy = agreedBy;
        write(plan, family, input);
        plans.persist(plan);
        plans.flush();
        outbox.emit(EventType.PLAN_AGREED, family.id, new PlanAgreed(family.id, plan.id, plan.source.name(), plan.revision,
                plan.goals.size(), plan.reviewDate, plan.agreedAt));
        audit.record("plan.agree", RESOURCE, List.of(family.id, plan.id));
        work.plansChanged(family);
        timeline.record(family.id, "plan.agreed", plan.source + " agreed: " + plan.title,
                java.util.Map.of("source", plan.source.name(), "revision", String.valueOf(plan.revision)), RESOURCE, plan.id);
        return PlanView.full(plan);
    }

    /**
     * Imports the family's own plan from conference-service: a plan the referrer accepted becomes a family-authored
     * plan; a revision from a review conference becomes the next revision of the plan imported from the original
     * conference (the earlier one kept as a revision), or a new plan if that one is not here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void importFamilyPlan(cz.opora.events.conference.FamilyPlan event, String consumer) {
        Family family = em.find(Family.class, event.familyId());
        if (family == null) {
            throw new cz.opora.common.inbox.PoisonEventException("a family plan for a family this service does not know");
        }
        Plan plan = plans.find("familyId = ?1 and source = ?2 and sourceReference = ?3", family.id,
                Plan.Source.FAMILY_CONFERENCE, event.originalConferenceId().toString()).firstResult();
        boolean revision = plan != null;
        if (revision) {
            Plan.Revision previous = new Plan.Revision();
            previous.id = UUID.randomUUID();
            previous.planId = plan.id;
            previous.revision = plan.revision;
            previous.content = snapshot(plan);
            previous.revisedAt = calendar.now();
            previous.revisedBy = "family";
            em.persist(previous);
            plan.goals.clear();
            plans.flush();
            plan.revision++;
        } else {
            plan = new Plan();
            plan.id = UUID.randomUUID();
            plan.familyId = family.id;
            plan.source = Plan.Source.FAMILY_CONFERENCE;
            plan.familyAuthored = true;
            plan.sourceReference = event.originalConferenceId().toString();
            plan.revision = 1;
        }
        plan.title = event.title();
        plan.reviewDate = event.reviewDate();
        plan.ifItDoesNotWork = event.ifItDoesNotWork();
        plan.agreedAt = event.agreedAt();
        plan.agreedBy = "family";
        plan.updatedAt = calendar.now();
        Map<UUID, FamilyMember> members = new HashMap<>();
        family.members.forEach(m -> members.put(m.id, m));
        for (int i = 0; i < event.goals().size(); i++) {
            var g = event.goals().get(i);
            Plan.Goal goal = newGoal(plan);
            goal.position = i;
            goal.what = g.what();
            goal.progressIndicator = g.progressIndicator();
            for (int j = 0; j < g.steps().size(); j++) {
                var st = g.steps().get(j);
                Plan.Step step = newStep();
                step.goal = goal;
                step.position = j;
                step.what = st.what();
                FamilyMember member = st.whoMemberId() == null ? null : members.get(st.whoMemberId());
                step.whoKind = member != null ? Plan.Who.MEMBER : Plan.Who.NETWORK;
                step.whoId = member != null ? member.id.toString() : "network";
                step.whoName = member != null ? memberName(member) : (st.whoName() == null ? "family" : st.whoName());
                step.dueDate = st.dueDate();
                goal.steps.add(step);
            }
            plan.goals.add(goal);
        }
        if (revision) {
            plans.flush();
            outbox.emit(EventType.PLAN_REVISED, family.id, new PlanRevised(family.id, plan.id, plan.source.name(),
                    plan.revision, plan.goals.size(), plan.reviewDate, plan.updatedAt));
            timeline.append(family.id, event.agreedAt(), "plan.revised", "The family's own plan revised at the review "
                    + "conference (revision " + plan.revision + "): " + plan.title,
                    java.util.Map.of("source", plan.source.name(), "revision", String.valueOf(plan.revision)), RESOURCE, plan.id, "conference-service", null);
        } else {
            plans.persist(plan);
            outbox.emit(EventType.PLAN_AGREED, family.id, new PlanAgreed(family.id, plan.id, plan.source.name(),
                    plan.revision, plan.goals.size(), plan.reviewDate, plan.agreedAt));
            timeline.append(family.id, event.agreedAt(), "plan.agreed", "The family's own plan agreed at the family "
                    + "conference: " + plan.title,
                    java.util.Map.of("source", plan.source.name(), "revision", String.valueOf(plan.revision)), RESOURCE, plan.id, "conference-service", null);
        }
        plans.flush();
        work.plansChanged(family);
        audit.recordSystem(consumer, "plan.import", RESOURCE, List.of(family.id, plan.id), "kafka:conference");
    }

    @Transactional
    public PlanView revise(UUID familyId, UUID planId, String ifMatch, PlanInput input) {
        Family family = files.requireOwned(familyId);
        Plan plan = find(family, planId);
        ETags.requireMatch(ifMatch, plan.version);
        FamilyFiles.requireNotClosed(family);
        if (plan.familyAuthored) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "family-authored",
                    "This plan is the family's own (a family conference plan): record progress, do not rewrite it."));
        }
        if (input.source() != plan.source) {
            throw ProblemException.invalid("source", "a plan keeps its source (" + plan.source + ")");
        }
        checkSource(plan.source);
        Plan.Revision previous = new Plan.Revision();
        previous.id = UUID.randomUUID();
        previous.planId = plan.id;
        previous.revision = plan.revision;
        previous.content = snapshot(plan);
        previous.revisedAt = calendar.now();
        previous.revisedBy = caller.subject();
        em.persist(previous);
        plan.revision++;
        write(plan, family, input);
        plans.flush();
        outbox.emit(EventType.PLAN_REVISED, family.id, new PlanRevised(family.id, plan.id, plan.source.name(),
                plan.revision, plan.goals.size(), plan.reviewDate, plan.updatedAt));
        audit.record("plan.revise", RESOURCE, List.of(family.id, plan.id));
        work.plansChanged(family);
        timeline.record(family.id, "plan.revised", plan.source + " revised (revision " + plan.revision + "): " + plan.title,
                java.util.Map.of("source", plan.source.name(), "revision", String.valueOf(plan.revision)), RESOURCE, plan.id);
        return PlanView.full(plan);
    }

    @Transactional
    public PlanView recordGoalProgress(UUID familyId, UUID planId, UUID goalId, String ifMatch, GoalProgress progress) {
        Family family = files.requireOwned(familyId);
        Plan plan = find(family, planId);
        ETags.requireMatch(ifMatch, plan.version);
        Plan.Goal goal = plan.goals.stream().filter(g -> g.id.equals(goalId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("The goal"));
        goal.status = progress.status();
        goal.progressNote = progress.note();
        return progressed(family, plan);
    }

    @Transactional
    public PlanView recordStepProgress(UUID familyId, UUID planId, UUID stepId, String ifMatch, StepProgress progress) {
        Family family = files.requireOwned(familyId);
        Plan plan = find(family, planId);
        ETags.requireMatch(ifMatch, plan.version);
        Plan.Step step = plan.goals.stream().flatMap(g -> g.steps.stream()).filter(s -> s.id.equals(stepId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("The step"));
        step.status = progress.status();
        return progressed(family, plan);
    }

    @Transactional
    public PlanView get(UUID familyId, UUID planId) {
        Family family = files.requireVisible(familyId, DataScope.PLANS).family();
        Plan plan = find(family, planId);
        audit.record("plan.read", RESOURCE, List.of(family.id, plan.id));
        return PlanView.full(plan);
    }

    @Transactional
    public Page<PlanView> list(UUID familyId, PageRequest page) {
        Family family = files.requireVisible(familyId, DataScope.PLANS).family();
        List<Plan> rows = plans.page(family.id, page.afterTime(), page.afterId(), page.limit() + 1);
        audit.record("plan.list", RESOURCE, List.of(family.id));
        return page.page(rows, PlanView::summary, p -> Cursor.of(p.agreedAt, p.id));
    }

    /** Earlier revisions of a plan, newest first, as they were. */
    @Transactional
    public List<Revision> revisions(UUID familyId, UUID planId) {
        Family family = files.requireOwned(familyId);
        Plan plan = find(family, planId);
        audit.record("plan.revisions", RESOURCE, List.of(family.id, plan.id));
        return plans.revisions(plan.id).stream().map(r -> {
            try {
                return new Revision(r.revision, r.revisedAt, json.readValue(r.content, PlanView.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable plan revision " + r.id, e);
            }
        }).toList();
    }

    @Schema(name = "PlanRevision")
    public record Revision(int revision, java.time.Instant replacedAt, PlanView plan) {
    }

    /** Overdue plan reviews and steps: the caller's own ({@code mine}), or the whole organization's. */
    @Transactional
    public Deadlines deadlines(boolean mine) {
        LocalDate today = calendar.today();
        String worker = mine ? caller.subject() : null;
        String organization = caller.organization();
        List<Deadlines.Review> reviews = plans.overdueReviews(organization, worker, today, 200).stream()
                .map(r -> new Deadlines.Review((UUID) r[0], (String) r[1], (LocalDate) r[2], (UUID) r[3], (String) r[4]))
                .toList();
        List<Deadlines.StepDue> steps = plans.overdueSteps(organization, worker, today, 200).stream()
                .map(r -> new Deadlines.StepDue((UUID) r[0], (String) r[1], (LocalDate) r[2], (String) r[3], (UUID) r[4],
                        (UUID) r[5], (String) r[6]))
                .toList();
        List<UUID> familyIds = new ArrayList<>();
        reviews.forEach(r -> familyIds.add(r.familyId()));
        steps.forEach(s -> familyIds.add(s.familyId()));
        audit.record("plan.deadlines", RESOURCE, familyIds.stream().distinct().toList());
        return new Deadlines(today, reviews, steps);
    }

    @Schema(name = "Deadlines")
    public record Deadlines(LocalDate today, List<Review> overdueReviews, List<StepDue> overdueSteps) {
        @Schema(name = "OverdueReview")
        public record Review(UUID planId, String title, LocalDate reviewDate, UUID familyId, String familyName) {
        }

        @Schema(name = "OverdueStep")
        public record StepDue(UUID stepId, String what, LocalDate dueDate, String who, UUID planId, UUID familyId,
                              String familyName) {
        }
    }

    private PlanView progressed(Family family, Plan plan) {
        plan.updatedAt = calendar.now();
        plans.flush();
        audit.record("plan.progress", RESOURCE, List.of(family.id, plan.id));
        work.plansChanged(family);
        return PlanView.full(plan);
    }

    private void checkSource(Plan.Source source) {
        if (source == Plan.Source.FAMILY_CONFERENCE) {
            throw ProblemException.invalid("source", "family conference plans come from conference-service, as the family wrote them");
        }
        if (source == Plan.Source.OSPOD_IPOD && !caller.hasRole(Roles.OSPOD_WORKER)) {
            throw new ForbiddenException("only OSPOD writes the child-protection plan");
        }
    }

    /** Validates the goals and steps against the family and its assessments, then writes them, keeping ids. */
    private void write(Plan plan, Family family, PlanInput input) {
        Map<UUID, FamilyMember> members = new HashMap<>();
        family.members.forEach(m -> members.put(m.id, m));
        Map<UUID, Plan.Goal> oldGoals = new HashMap<>();
        Map<UUID, Plan.Step> oldSteps = new HashMap<>();
        plan.goals.forEach(g -> {
            oldGoals.put(g.id, g);
            g.steps.forEach(s -> oldSteps.put(s.id, s));
        });
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.goals().size(); i++) {
            PlanInput.Goal g = input.goals().get(i);
            if (g.id() != null && !oldGoals.containsKey(g.id())) {
                errors.add(new FieldError("goals[" + i + "].id", "is not a goal of this plan"));
            }
            if (g.fromFactorId() != null && !isPriorityFactor(family.id, g.fromFactorId())) {
                errors.add(new FieldError("goals[" + i + "].fromFactorId", "is not a priority factor of this family's assessments"));
            }
            for (int j = 0; j < g.steps().size(); j++) {
                PlanInput.Step s = g.steps().get(j);
                String field = "goals[" + i + "].steps[" + j + "]";
                if (s.id() != null && (!oldSteps.containsKey(s.id())
                        || g.id() == null || !oldSteps.get(s.id()).goal.id.equals(g.id()))) {
                    errors.add(new FieldError(field + ".id", "is not a step of this goal"));
                }
                if (s.who().kind() == Plan.Who.MEMBER) {
                    UUID memberId = parseUuid(s.who().id());
                    if (memberId == null || !members.containsKey(memberId)) {
                        errors.add(new FieldError(field + ".who.id", "must be a member of this family"));
                    }
                } else if (s.who().name() == null || s.who().name().isBlank()) {
                    errors.add(new FieldError(field + ".who.name", "must name the worker"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        List<Plan.Goal> goals = new ArrayList<>();
        for (int i = 0; i < input.goals().size(); i++) {
            PlanInput.Goal g = input.goals().get(i);
            Plan.Goal goal = g.id() == null ? newGoal(plan) : oldGoals.get(g.id());
            goal.position = i;
            goal.what = g.what().strip();
            goal.progressIndicator = g.progressIndicator();
            goal.fromFactorId = g.fromFactorId();
            List<Plan.Step> steps = new ArrayList<>();
            for (int j = 0; j < g.steps().size(); j++) {
                PlanInput.Step s = g.steps().get(j);
                Plan.Step step = s.id() == null ? newStep() : oldSteps.get(s.id());
                step.goal = goal;
                step.position = j;
                step.what = s.what().strip();
                step.whoKind = s.who().kind();
                step.whoId = s.who().id();
                step.whoName = s.who().kind() == Plan.Who.MEMBER ? memberName(members.get(parseUuid(s.who().id())))
                        : s.who().name().strip();
                step.dueDate = s.dueDate();
                steps.add(step);
            }
            goal.steps.removeIf(step -> !steps.contains(step));
            steps.stream().filter(step -> !goal.steps.contains(step)).forEach(goal.steps::add);
            goal.steps.sort(Comparator.comparingInt(step -> step.position));
            goals.add(goal);
        }
        plan.goals.removeIf(goal -> !goals.contains(goal));
        goals.stream().filter(goal -> !plan.goals.contains(goal)).forEach(plan.goals::add);
        plan.goals.sort(Comparator.comparingInt(goal -> goal.position));
        plan.title = input.title().strip();
        plan.reviewDate = input.reviewDate();
        plan.updatedAt = calendar.now();
    }

    private boolean isPriorityFactor(UUID familyId, UUID factorId) {
        return ((Number) em.createQuery("select count(f) from FormulationFactor f where f.id = ?1 and f.priority = true "
                        + "and f.assessment.familyId = ?2").setParameter(1, factorId).setParameter(2, familyId)
                .getSingleResult()).longValue() > 0;
    }

    private static Plan.Goal newGoal(Plan plan) {
        Plan.Goal goal = new Plan.Goal();
        goal.id = UUID.randomUUID();
        goal.plan = plan;
        goal.status = Plan.GoalStatus.OPEN;
        return goal;
    }

    private static Plan.Step newStep() {
        Plan.Step step = new Plan.Step();
        step.id = UUID.randomUUID();
        step.status = Plan.StepStatus.PLANNED;
        return step;
    }

    private static String memberName(FamilyMember member) {
        return member.firstName + " " + member.lastName;
    }

    private static UUID parseUuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String snapshot(Plan plan) {
        try {
            return json.writeValueAsString(PlanView.full(plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Plan find(Family family, UUID planId) {
        return plans.findInFamily(family.id, planId).orElseThrow(() -> ProblemException.notFound("The plan"));
    }
}
