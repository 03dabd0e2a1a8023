package cz.opora.conference.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.outbox.PartnerNotices;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
import cz.opora.conference.domain.FamilyConference;
import cz.opora.conference.domain.FamilyConferenceRepository;
import cz.opora.conference.domain.FgcRules.Step;
import cz.opora.conference.domain.FgcStatus;
import cz.opora.events.EventType;
import cz.opora.events.conference.FamilyPlan;
import cz.opora.projection.FamilyProjection;
import cz.opora.projection.KnownFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cz.opora.common.text.Texts.blankToNull;
import static cz.opora.conference.service.FgcGuards.RESOURCE;
import static cz.opora.conference.service.FgcGuards.kind;

/**
 * The family's plan: written by the family in private, recorded by the coordinator as presented (or no plan), then
 * accepted by the referrer, or rejected only against a bottom line; an accepted plan goes to family-service as the
 * family's own, and a review conference may revise it.
 */
@ApplicationScoped
@Transactional
public class FamilyPlanService {
    @Inject
    WorkCalendar calendar;
    @Inject
    FgcGuards guards;
    @Inject
    CoordinatorChoiceService coordinatorChoice;
    @Inject
    FamilyConferenceRepository conferences;
    @Inject
    FamilyProjection projection;
    @Inject
    ConferenceNotices notices;
    @Inject
    PartnerNotices familyNotices;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    /** The family's plan, as it presents it (again, amended, after a rejection). */
    public FamilyConferenceView presentPlan(UUID id, String ifMatch, FamilyPlanInput input) {
        FamilyConference c = guards.lockFor(id, Step.PRESENT_PLAN, ifMatch);
        KnownFamily family = guards.family(c);
        List<FamilyConference.Item> items = new ArrayList<>();
        for (int i = 0; i < input.items().size(); i++) {
            FamilyPlanItem item = input.items().get(i);
            if ("MEMBER".equals(item.whoKind())) {
                boolean member = item.whoMemberId() != null
                        && family.members.stream().anyMatch(m -> m.id.equals(item.whoMemberId()));
                if (!member) {
                    throw ProblemException.invalid("items[" + i + "].whoMemberId", "must be a member of this family");
                }
            } else if (item.whoName() == null || item.whoName().isBlank()) {
                throw ProblemException.invalid("items[" + i + "].whoName", "names the friend or the service");
            }
            items.add(new FamilyConference.Item(item.what().strip(), item.whoKind(),
                    "MEMBER".equals(item.whoKind()) ? item.whoMemberId() : null, blankToNull(item.whoName()),
                    item.byWhen(), item.howWeKnow().strip()));
        }
        Instant now = calendar.now();
        c.plan = new FamilyConference.Plan(input.title().strip(), input.reviewDate(), items, input.ifItDoesNotWork().strip());
        c.planPresentedAt = now;
        c.rejectedBottomLine = null;
        c.rejectionReason = null;
        c.status = FgcStatus.PLAN_PRESENTED;
        c.updatedAt = now;
        notices.publish(EventType.CONFERENCE_FAMILY_PLAN_AGREED, c.id, c.familyId, kind(c), c.referrerOrganization,
                c.status.name(), c.scheduledFor, now);
        audit.record("family-conference.plan", RESOURCE, List.of(c.familyId));
        return guards.flushed(c);
    }

    /** The family reached no plan: a valid outcome, recorded. */
    public FamilyConferenceView noPlan(UUID id, String ifMatch, NoPlan input) {
        FamilyConference c = guards.lockFor(id, Step.NO_PLAN, ifMatch);
        Instant now = calendar.now();
        c.status = FgcStatus.NO_PLAN;
        c.noPlanNote = input.note().strip();
        c.updatedAt = now;
        coordinatorChoice.endAccess(c, now);
        familyNotices.activity(c.familyId, "no-plan", "The family group conference ended without a plan", "family-conference", c.id, now);
        audit.record("family-conference.no-plan", RESOURCE, List.of(c.familyId));
        return guards.flushed(c);
    }

    /**
     * The referrer accepts the family's plan, or rejects it, only with a reason that concerns the child's safety
     * against one of the bottom lines. An accepted plan goes to family-service as the family's own.
     */
    public FamilyConferenceView decidePlan(UUID id, String ifMatch, FamilyPlanDecision input) {
        FamilyConference c = guards.lockFor(id, Step.DECIDE_PLAN, ifMatch);
        Instant now = calendar.now();
        c.planDecidedAt = now;
        c.updatedAt = now;
        if ("REJECTED".equals(input.decision())) {
            BottomLines.requireSafetyGrounds(c.bottomLines, input.bottomLine(), input.reason());
            c.status = FgcStatus.PLAN_REJECTED;
            c.rejectedBottomLine = input.bottomLine();
            c.rejectionReason = input.reason().strip();
            notices.publish(EventType.CONFERENCE_FAMILY_PLAN_REJECTED, c.id, c.familyId, kind(c), c.referrerOrganization,
                    c.status.name(), c.scheduledFor, now);
        } else {
            c.status = FgcStatus.PLAN_ACCEPTED;
            notices.publishPlan(c.kind == FamilyConference.Kind.REVIEW ? EventType.CONFERENCE_FAMILY_PLAN_REVISED
                    : EventType.CONFERENCE_FAMILY_PLAN_ACCEPTED, familyPlan(c, now), c.familyId);
            coordinatorChoice.endAccess(c, now);
        }
        audit.record("family-conference.plan-decision", RESOURCE, List.of(c.familyId));
        return guards.flushed(c);
    }

    /** The accepted plan as family-service imports it: each item a goal with one step, and the family's fallback. */
    static FamilyPlan familyPlan(FamilyConference c, Instant at) {
        List<FamilyPlan.Goal> goals = c.plan.items().stream().map(item -> new FamilyPlan.Goal(item.what(), item.howWeKnow(),
                List.of(new FamilyPlan.Step(item.what(), item.whoMemberId(), item.whoName(), item.byWhen())))).toList();
        return new FamilyPlan(c.familyId, c.id, c.originalConferenceId, c.plan.title(), c.plan.reviewDate(), goals, at,
                c.plan.ifItDoesNotWork());
    }

    /** A review conference of an accepted plan: same family, referrer, bottom lines and coordinator, held the same way. */
    public FamilyConferenceView review(UUID id, String ifMatch) {
        FamilyConference original = guards.lockFor(id, Step.REVIEW, ifMatch);
        Instant now = calendar.now();
        FamilyConference c = new FamilyConference();
        c.id = UUID.randomUUID();
        c.familyId = original.familyId;
        c.kind = FamilyConference.Kind.REVIEW;
        c.reviewOf = original.id;
        c.originalConferenceId = original.originalConferenceId;
        c.referrerOrganization = original.referrerOrganization;
        c.referrerType = original.referrerType;
        c.referrer = caller.subject();
        c.referrerName = caller.displayName();
        c.concern = original.concern;
        c.question = original.question;
        c.bottomLines = List.copyOf(original.bottomLines);
        c.requestedLanguage = original.requestedLanguage;
        c.requestedGender = original.requestedGender;
        c.familyDecisionBy = original.familyDecisionBy;
        c.familyDecidedAt = original.familyDecidedAt;
        c.createdAt = now;
        c.updatedAt = now;
        boolean consentStands = original.consentId != null && projection.standingConsents(c.familyId).stream()
                .anyMatch(k -> k.id.equals(original.consentId));
        if (consentStands) {
            c.consentId = original.consentId;
            c.status = FgcStatus.CONSENTED;
        } else {
            c.status = FgcStatus.OFFERED;
        }
        conferences.persist(c);
        if (consentStands) {
            coordinatorChoice.keepCoordinator(c, original.coordinatorId, now);
        }
        familyNotices.activity(c.familyId, "review-offered", "Review conference of the family's plan", "family-conference", c.id, now);
        audit.record("family-conference.review", RESOURCE, List.of(c.familyId));
        return guards.flushed(c);
    }
}
