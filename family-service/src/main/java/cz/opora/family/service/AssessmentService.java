package cz.opora.family.service;

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
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.DataScope;
import cz.opora.events.EventType;
import cz.opora.events.MemberRole;
import cz.opora.events.family.AssessmentCompleted;
import cz.opora.family.domain.Assessment;
import cz.opora.family.domain.AssessmentRepository;
import cz.opora.family.domain.AssessmentStatus;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Assessments of a family's situation, against the configured framework. */
@ApplicationScoped
public class AssessmentService {
    @Inject
    WorkCalendar calendar;
    static final String RESOURCE = "assessment";

    @Inject
    FamilyFiles files;
    @Inject
    AssessmentRepository assessments;
    @Inject
    AssessmentFramework framework;
    @Inject
    Caller caller;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    Timeline timeline;

    public record Framework(List<String> domains, List<String> formulationCategories, List<String> priorityCategories) {
    }

    public Framework framework() {
        List<String> domains = new ArrayList<>();
        framework.childDomains().forEach(d -> domains.add("child." + d));
        framework.parentDomains().forEach(d -> domains.add("parent." + d));
        framework.familyDomains().forEach(d -> domains.add("family." + d));
        return new Framework(domains, framework.formulationCategories(), framework.priorityCategories());
    }

    @Transactional
    public AssessmentView create(UUID familyId, AssessmentInput input) {
        Family family = files.requireOwned(familyId);
        FamilyFiles.requireNotClosed(family);
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.familyId = family.id;
        assessment.status = AssessmentStatus.DRAFT;
        assessment.createdBy = caller.subject();
        assessment.createdAt = calendar.now();
        fill(assessment, family, input);
        assessments.persist(assessment);
        assessments.flush();
        audit.record("assessment.create", RESOURCE, List.of(family.id, assessment.id));
        return AssessmentView.full(assessment);
    }

    @Transactional
    public AssessmentView replace(UUID familyId, UUID id, String ifMatch, AssessmentInput input) {
        Family family = files.requireOwned(familyId);
        Assessment assessment = find(family, id);
        ETags.requireMatch(ifMatch, assessment.version);
        requireDraft(assessment);
        assessment.ratings.clear();
        assessment.factors.clear();
        assessments.flush();
        fill(assessment, family, input);
        assessments.flush();
        audit.record("assessment.update", RESOURCE, List.of(family.id, assessment.id));
        return AssessmentView.full(assessment);
    }

    @Transactional
    public AssessmentView complete(UUID familyId, UUID id, String ifMatch) {
        Family family = files.requireOwned(familyId);
        Assessment assessment = find(family, id);
        ETags.requireMatch(ifMatch, assessment.version);
        requireDraft(assessment);
        assessment.status = AssessmentStatus.COMPLETED;
        assessment.completedAt = calendar.now();
        assessment.completedBy = caller.subject();
        assessment.updatedAt = assessment.completedAt;
        assessments.flush();
        outbox.emit(EventType.ASSESSMENT_COMPLETED, family.id,
                new AssessmentCompleted(family.id, assessment.id, assessment.completedAt));
        audit.record("assessment.complete", RESOURCE, List.of(family.id, assessment.id));
        timeline.record(family.id, "assessment.completed", "Assessment completed", RESOURCE, assessment.id);
        return AssessmentView.full(assessment);
    }

    @Transactional
    public AssessmentView get(UUID familyId, UUID id) {
        FamilyFiles.Visible visible = files.requireVisible(familyId, DataScope.ASSESSMENT);
        Family family = visible.family();
        Assessment assessment = find(family, id);
        if (visible.shared() != null && assessment.status != AssessmentStatus.COMPLETED) {
            // A draft is never shared: another organization sees only completed assessments.
            throw ProblemException.notFound("The assessment");
        }
        audit.record("assessment.read", RESOURCE, List.of(family.id, assessment.id));
        return AssessmentView.full(assessment);
    }

    @Transactional
    public Page<AssessmentView> list(UUID familyId, PageRequest page) {
        FamilyFiles.Visible visible = files.requireVisible(familyId, DataScope.ASSESSMENT);
        Family family = visible.family();
        List<Assessment> rows = assessments.page(family.id, visible.shared() != null, page.afterTime(), page.afterId(),
                page.limit() + 1);
        audit.record("assessment.list", RESOURCE, List.of(family.id));
        return page.page(rows, AssessmentView::summary, a -> Cursor.of(a.createdAt, a.id));
    }

    /** Validates the content against the framework and the family's members, then writes it. */
    private void fill(Assessment assessment, Family family, AssessmentInput input) {
        Map<UUID, FamilyMember> members = family.members.stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.ratings().size(); i++) {
            AssessmentInput.DomainRating r = input.ratings().get(i);
            String field = "ratings[" + i + "]";
            String error = checkRating(r, members);
            if (error != null) {
                errors.add(new FieldError(error.startsWith("member") ? field + ".memberId" : field + ".domain",
                        error.substring(error.indexOf(':') + 1).trim()));
            } else if (!seen.add(r.domain() + "/" + r.memberId())) {
                errors.add(new FieldError(field + ".domain", "is rated twice for the same person"));
            }
        }
        List<String> categories = framework.formulationCategories();
        for (int i = 0; i < input.formulation().size(); i++) {
            AssessmentInput.FormulationFactor f = input.formulation().get(i);
            if (!categories.contains(f.category())) {
                errors.add(new FieldError("formulation[" + i + "].category", "must be one of " + String.join(", ", categories)));
            } else if (f.priority() && !framework.priorityCategories().contains(f.category())) {
                errors.add(new FieldError("formulation[" + i + "].priority",
                        "only " + String.join(", ", framework.priorityCategories()) + " factors can be priorities"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        int position = 0;
        for (AssessmentInput.DomainRating r : input.ratings()) {
            Assessment.RatingEntry entry = new Assessment.RatingEntry();
            entry.id = UUID.randomUUID();
            entry.assessment = assessment;
            entry.position = position++;
            entry.domain = r.domain();
            entry.memberId = r.memberId();
            entry.rating = r.rating();
            entry.notes = r.notes();
            assessment.ratings.add(entry);
        }
        position = 0;
        for (AssessmentInput.FormulationFactor f : input.formulation()) {
            Assessment.Factor factor = new Assessment.Factor();
            factor.id = UUID.randomUUID();
            factor.assessment = assessment;
            factor.position = position++;
            factor.category = f.category();
            factor.text = f.text().strip();
            factor.priority = f.priority();
            assessment.factors.add(factor);
        }
        assessment.summary = input.summary();
        assessment.updatedAt = calendar.now();
    }

    /** Null when the rating fits the framework; else "domain: why" or "member: why". */
    private String checkRating(AssessmentInput.DomainRating r, Map<UUID, FamilyMember> members) {
        int dot = r.domain().indexOf('.');
        String who = dot < 0 ? "" : r.domain().substring(0, dot);
        String name = dot < 0 ? r.domain() : r.domain().substring(dot + 1);
        List<String> domains = switch (who) {
            case "child" -> framework.childDomains();
            case "parent" -> framework.parentDomains();
            case "family" -> framework.familyDomains();
            default -> List.of();
        };
        if (!domains.contains(name)) {
            return "domain: is not a domain of the assessment framework (GET /api/v1/assessment-framework)";
        }
        if (who.equals("family")) {
            return r.memberId() == null ? null : "member: a family domain rates no single person";
        }
        FamilyMember member = r.memberId() == null ? null : members.get(r.memberId());
        if (member == null) {
            return "member: must name a member of this family";
        }
        if (who.equals("child") && member.role != MemberRole.CHILD) {
            return "member: must be a child of the family";
        }
        if (who.equals("parent") && member.role != MemberRole.PARENT && member.role != MemberRole.GUARDIAN) {
            return "member: must be a parent or guardian";
        }
        return null;
    }

    private static void requireDraft(Assessment assessment) {
        if (assessment.status != AssessmentStatus.DRAFT) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "invalid-state",
                    "A completed assessment is not changed; start a new one.").with("currentState", assessment.status.name()));
        }
    }

    private Assessment find(Family family, UUID id) {
        return assessments.findInFamily(family.id, id).orElseThrow(() -> ProblemException.notFound("The assessment"));
    }
}
