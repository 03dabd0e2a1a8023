package cz.opora.conference.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
import cz.opora.conference.domain.CoordinatorProfile;
import cz.opora.conference.domain.CoordinatorRepository;
import cz.opora.conference.domain.FamilyConference;
import cz.opora.conference.domain.FamilyConferenceInvitee;
import cz.opora.conference.domain.FamilyConferenceRepository;
import cz.opora.conference.domain.FamilyPartnerRepository;
import cz.opora.conference.domain.FgcRules;
import cz.opora.conference.domain.FgcRules.Step;
import cz.opora.conference.domain.FgcStatus;
import cz.opora.events.EventType;
import cz.opora.events.conference.FamilyPlan;
import cz.opora.projection.FamilyProjection;
import cz.opora.projection.KnownConsent;
import cz.opora.projection.KnownFamily;
import cz.opora.projection.KnownFamilyMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Family group conferences, with the roles and rules of the Czech pilot and the UK standard: the referrer offers,
 * the family decides, an independent coordinator prepares and runs it, the family writes its plan in private, the
 * referrer accepts it or rejects it only for the child's safety against a bottom line; a review conference may
 * revise it. Every change and its events commit together; every read is audited against the family.
 */
@ApplicationScoped
public class FamilyConferenceService {
    static final String RESOURCE = "family";
    static final String FGC_COORDINATION = "FGC_COORDINATION";

    @Inject
    FamilyConferenceRepository conferences;
    @Inject
    CoordinatorRepository coordinators;
    @Inject
    FamilyPartnerRepository partners;
    @Inject
    PartnerService partnerService;
    @Inject
    FamilyProjection projection;
    @Inject
    ConferenceNotices notices;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    WorkCalendar calendar;
    @Inject
    EntityManager em;

    @Transactional
    public FamilyConferenceView offer(FgcInputs.Offer input) {
        String organization = caller.organization();
        KnownFamily family = partnerService.familyWorkedWithBy(input.familyId(), organization);
        Instant now = now();
        FamilyConference c = new FamilyConference();
        c.id = UUID.randomUUID();
        c.familyId = family.id;
        c.kind = FamilyConference.Kind.INITIAL;
        c.originalConferenceId = c.id;
        c.referrerOrganization = organization;
        c.referrerType = caller.organizationType().orElse("OTHER");
        c.referrer = caller.subject();
        c.referrerName = caller.displayName();
        c.concern = input.concern().strip();
        c.question = input.question().strip();
        c.bottomLines = input.bottomLines().stream().map(String::strip).toList();
        c.requestedLanguage = blankToNull(input.requestedLanguage());
        c.requestedGender = input.requestedGender();
        c.status = FgcStatus.OFFERED;
        c.createdAt = now;
        c.updatedAt = now;
        conferences.persist(c);
        notices.timeline(c.familyId, "offered", organization + " offered the family a family group conference",
                java.util.Map.of("organization", organization), "family-conference", c.id, now);
        audit.record("family-conference.offer", RESOURCE, List.of(c.familyId));
        return view(c);
    }

    @Transactional
    public FamilyConferenceView get(UUID id) {
        FamilyConference c = conferences.findVisible(id, caller.organization(), coordinationOrganization())
                .orElseThrow(() -> ProblemException.notFound("The family conference"));
        audit.record("family-conference.read", RESOURCE, List.of(c.familyId));
        return view(c);
    }

    /** The organization's conferences as referrer or coordinator, newest first. */
    @Transactional
    public Page<FamilyConferenceView> list(FgcStatus status, PageRequest page) {
        List<FamilyConference> rows = conferences.page(caller.organization(), status, page.afterTime(), page.afterId(),
                page.limit() + 1);
        return listed(rows, page, r -> Cursor.of(r.createdAt, r.id));
    }

    /** Consented conferences waiting for a coordinator, oldest first: what coordination organizations choose from. */
    @Transactional
    public Page<FamilyConferenceView> awaitingCoordinator(PageRequest page) {
        if (!coordinationOrganization()) {
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "not-a-coordination-organization",
                    "Only organizations of type FGC_COORDINATION assign coordinators."));
        }
        List<FamilyConference> rows = conferences.awaitingCoordinator(page.afterTime(), page.afterId(), page.limit() + 1);
        return listed(rows, page, r -> Cursor.of(r.createdAt, r.id));
    }

    private Page<FamilyConferenceView> listed(List<FamilyConference> rows, PageRequest page,
                                              java.util.function.Function<FamilyConference, Cursor> cursor) {
        List<FamilyConference> shown = rows.subList(0, Math.min(rows.size(), page.limit()));
        java.util.Map<UUID, KnownFamily> families = new java.util.HashMap<>();
        List<UUID> ids = shown.stream().map(c -> c.familyId).distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("from KnownFamily f where f.id in ?1", KnownFamily.class).setParameter(1, ids)
                    .getResultList().forEach(f -> families.put(f.id, f));
        }
        Page<FamilyConferenceView> result = page.page(rows, c -> view(c, families.get(c.familyId)), cursor);
        audit.record("family-conference.list", RESOURCE, ids);
        return result;
    }

    /** The family decides: an adult member consents (with the consent recorded in family-service) or declines. */
    @Transactional
    public FamilyConferenceView decideFamily(UUID id, String ifMatch, FgcInputs.FamilyDecision input) {
        FamilyConference c = lockFor(id, Step.FAMILY_DECISION);
        ETags.checkIfPresent(ifMatch, c.version);
        KnownFamily family = em.find(KnownFamily.class, c.familyId);
        KnownFamilyMember member = family.members.stream().filter(m -> m.id.equals(input.memberId())).findFirst()
                .orElseThrow(() -> ProblemException.invalid("memberId", "is not a member of this family"));
        if ("CHILD".equals(member.role) || (member.birthDate != null
                && Period.between(member.birthDate, calendar.today()).getYears() < 18)) {
            throw ProblemException.invalid("memberId", "must be an adult member of the family");
        }
        Instant now = now();
        c.familyDecisionBy = member.id;
        c.familyDecidedAt = now;
        c.updatedAt = now;
        if ("CONSENTED".equals(input.decision())) {
            c.consentId = conferenceConsent(c.familyId, input.consentId()).id;
            c.status = FgcStatus.CONSENTED;
            notices.timeline(c.familyId, "consented", "The family agreed to hold a family group conference",
                    "family-conference", c.id, now);
        } else {
            c.status = FgcStatus.FAMILY_DECLINED;
            c.cancelReason = input.note() == null ? "The family declined the conference." : input.note().strip();
            notices.timeline(c.familyId, "declined", "The family declined the family group conference",
                    "family-conference", c.id, now);
        }
        audit.record("family-conference.family-decision", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    private KnownConsent conferenceConsent(UUID familyId, UUID consentId) {
        if (consentId == null) {
            throw ProblemException.invalid("consentId", "is required: record the family's consent to the conference "
                    + "(purpose FAMILY_CONFERENCE) in the family's file first");
        }
        return projection.standingConsents(familyId).stream()
                .filter(k -> k.id.equals(consentId) && "FAMILY_CONFERENCE".equals(k.purpose)
                        && !calendar.today().isBefore(k.validFrom)
                        && (k.validUntil == null || !calendar.today().isAfter(k.validUntil)))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid("consentId", "is not a valid consent of this family to a "
                        + "family group conference (purpose FAMILY_CONFERENCE)"));
    }

    /**
     * The coordinators a coordination organization can choose from: for each, whether the coordinator is
     * independent of the family (and why not) and matches the family's wishes for language and gender.
     */
    @Transactional
    public List<CoordinatorCandidate> candidates(UUID id) {
        FamilyConference c = conferences.findVisible(id, caller.organization(), coordinationOrganization())
                .orElseThrow(() -> ProblemException.notFound("The family conference"));
        List<String> working = workingWithFamily(c);
        // Which organizations work with the family, and the family's wishes: a read of the family's data.
        audit.record("family-conference.coordinator-candidates", RESOURCE, List.of(c.familyId));
        return coordinators.active().stream().map(p -> {
            Optional<String> why = Independence.why(c, p, working);
            return new CoordinatorCandidate(p.id, p.name, p.organization, Arrays.asList(p.languages), p.gender,
                    why.isEmpty(), why.orElse(null),
                    c.requestedLanguage == null || Arrays.stream(p.languages).anyMatch(l -> l.equalsIgnoreCase(c.requestedLanguage)),
                    c.requestedGender == null || c.requestedGender.equals(p.gender));
        }).toList();
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CoordinatorCandidate")
    public record CoordinatorCandidate(UUID coordinatorId, String name, String organization, List<String> languages,
                                       String gender, boolean independent, String notIndependentBecause,
                                       boolean matchesLanguage, boolean matchesGender) {
    }

    /** A coordination organization assigns an independent coordinator (or replaces one before the conference). */
    @Transactional
    public FamilyConferenceView assignCoordinator(UUID id, String ifMatch, FgcInputs.Assignment input) {
        FamilyConference c = lockFor(id, Step.ASSIGN_COORDINATOR);
        ETags.checkIfPresent(ifMatch, c.version);
        CoordinatorProfile coordinator = coordinators.findByIdOptional(input.coordinatorId()).filter(p -> p.active)
                .orElseThrow(() -> ProblemException.invalid("coordinatorId", "is not an active coordinator"));
        Independence.why(c, coordinator, workingWithFamily(c)).ifPresent(why -> {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "coordinator-not-independent",
                    "The coordinator is not independent of this family: " + why + ".")
                    .with("coordinatorId", coordinator.id.toString()));
        });
        Instant now = now();
        endCoordinatorAccess(c, now);
        assign(c, coordinator, now);
        c.updatedAt = now;
        notices.timeline(c.familyId, "coordinator-assigned", "A coordinator of " + coordinator.organization
                + " prepares the family group conference", java.util.Map.of("organization", coordinator.organization),
                "family-conference", c.id, now);
        audit.record("family-conference.assign-coordinator", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    /** The coordinator takes the conference: its organization may see the family within the family's consent. */
    private void assign(FamilyConference c, CoordinatorProfile coordinator, Instant now) {
        c.coordinatorId = coordinator.id;
        c.coordinatorName = coordinator.name;
        c.coordinatorOrganization = coordinator.organization;
        c.coordinatorSubject = coordinator.userSubject;
        c.coordinatorGrantId = grantCoordinator(c, coordinator, now);
        c.status = FgcStatus.PREPARING;
    }

    private void endCoordinatorAccess(FamilyConference c, Instant now) {
        notices.revoke(c.coordinatorGrantId, c.familyId, now);
        c.coordinatorGrantId = null;
    }

    private UUID grantCoordinator(FamilyConference c, CoordinatorProfile coordinator, Instant at) {
        KnownConsent consent = em.find(KnownConsent.class, c.consentId);
        List<String> scopes = consent == null ? List.of("BASIC") : List.of(consent.scopes.split(","));
        return notices.grant(c.familyId, coordinator.organization, coordinator.organizationType, "FAMILY_CONFERENCE",
                c.id, c.consentId, scopes, List.of(), c.referrerOrganization, at);
    }

    /** Everybody who works with the family: its own organization, the referrer, both sides of every open referral. */
    private List<String> workingWithFamily(FamilyConference c) {
        List<String> working = new ArrayList<>(partners.openPartners(c.familyId));
        KnownFamily family = em.find(KnownFamily.class, c.familyId);
        if (family != null) {
            working.add(family.owningOrganization);
        }
        return working;
    }

    @Transactional
    public FamilyConferenceView invite(UUID id, FgcInputs.Invitation input) {
        FamilyConference c = lockFor(id, Step.INVITE);
        FamilyConferenceInvitee invitee = new FamilyConferenceInvitee();
        invitee.id = UUID.randomUUID();
        invitee.conference = c;
        invitee.position = c.invitees.size();
        invitee.kind = input.kind();
        invitee.status = FamilyConferenceInvitee.Status.INVITED;
        invitee.relation = blankToNull(input.relation());
        if (input.kind() == FamilyConferenceInvitee.Kind.FAMILY_MEMBER) {
            KnownFamilyMember member = em.find(KnownFamily.class, c.familyId).members.stream()
                    .filter(m -> m.id.equals(input.memberId())).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("memberId", "is not a member of this family"));
            invitee.memberId = member.id;
            invitee.name = member.firstName + " " + member.lastName;
            invitee.relation = invitee.relation == null ? member.role.toLowerCase(Locale.ROOT) : invitee.relation;
        } else {
            if (input.name() == null || input.name().isBlank()) {
                throw ProblemException.invalid("name", "is required for " + input.kind());
            }
            invitee.name = input.name().strip();
            invitee.organization = input.kind() == FamilyConferenceInvitee.Kind.PROFESSIONAL ? blankToNull(input.organization()) : null;
        }
        if (c.invitees.stream().anyMatch(i -> i.memberId != null && i.memberId.equals(invitee.memberId))) {
            throw ProblemException.conflict("already-invited", "This family member is already invited.");
        }
        c.invitees.add(invitee);
        c.updatedAt = now();
        audit.record("family-conference.invite", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    /** The coordinator records the invitee's answer, or excludes the invitee for safety, with the reason. */
    @Transactional
    public FamilyConferenceView answer(UUID id, UUID inviteeId, FgcInputs.Answer input) {
        FamilyConference c = lockFor(id, Step.INVITE);
        FamilyConferenceInvitee invitee = invitee(c, inviteeId);
        if (input.status() == FamilyConferenceInvitee.Status.INVITED) {
            throw ProblemException.invalid("status", "must be AGREED, DECLINED or EXCLUDED");
        }
        if (input.status() == FamilyConferenceInvitee.Status.EXCLUDED
                && (input.exclusionReason() == null || input.exclusionReason().isBlank())) {
            throw ProblemException.invalid("exclusionReason", "is required to exclude someone (for safety)");
        }
        invitee.status = input.status();
        invitee.exclusionReason = input.status() == FamilyConferenceInvitee.Status.EXCLUDED ? input.exclusionReason().strip() : null;
        invitee.appeal = null;
        invitee.appealOutcome = null;
        c.updatedAt = now();
        audit.record("family-conference.invitation-answer", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    /** An excluded person appeals (recorded by the referrer's or the coordinator's organization). */
    @Transactional
    public FamilyConferenceView appeal(UUID id, UUID inviteeId, FgcInputs.Appeal input) {
        FamilyConference c = lockVisible(id);
        requireReferrerOrCoordinator(c, "record an appeal");
        FamilyConferenceInvitee invitee = invitee(c, inviteeId);
        if (invitee.status != FamilyConferenceInvitee.Status.EXCLUDED) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "not-excluded",
                    "Only an exclusion can be appealed; this invitee is " + invitee.status + ".").with("currentStatus", invitee.status.name()));
        }
        invitee.appeal = input.appeal().strip();
        invitee.appealOutcome = FamilyConferenceInvitee.AppealOutcome.PENDING;
        c.updatedAt = now();
        audit.record("family-conference.appeal", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    /** The referrer decides an appeal: the exclusion is upheld, or overturned and the person invited again. */
    @Transactional
    public FamilyConferenceView decideAppeal(UUID id, UUID inviteeId, FgcInputs.AppealDecision input) {
        FamilyConference c = lockVisible(id);
        requireActor(c, FgcRules.Actor.REFERRER, "decide an appeal");
        FamilyConferenceInvitee invitee = invitee(c, inviteeId);
        if (invitee.appealOutcome != FamilyConferenceInvitee.AppealOutcome.PENDING) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "no-pending-appeal",
                    "There is no pending appeal for this invitee."));
        }
        invitee.appealOutcome = FamilyConferenceInvitee.AppealOutcome.valueOf(input.outcome());
        if (invitee.appealOutcome == FamilyConferenceInvitee.AppealOutcome.OVERTURNED) {
            invitee.status = FamilyConferenceInvitee.Status.INVITED;
        }
        c.updatedAt = now();
        audit.record("family-conference.appeal-decision", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    @Transactional
    public FamilyConferenceView arrange(UUID id, String ifMatch, FgcInputs.Arrangements input) {
        FamilyConference c = lockFor(id, Step.ARRANGE);
        ETags.checkIfPresent(ifMatch, c.version);
        Instant now = now();
        c.scheduledFor = input.scheduledFor().truncatedTo(ChronoUnit.MINUTES);
        c.place = input.place().strip();
        c.interpreter = blankToNull(input.interpreter());
        c.childcare = blankToNull(input.childcare());
        c.status = FgcStatus.SCHEDULED;
        c.updatedAt = now;
        notices.publish(EventType.CONFERENCE_SCHEDULED, c.id, c.familyId, kind(c), c.referrerOrganization,
                c.status.name(), c.scheduledFor, now);
        notices.timeline(c.familyId, "scheduled", "Family group conference scheduled", "family-conference", c.id, now);
        audit.record("family-conference.arrange", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    /** Phase 1: information sharing begins. */
    @Transactional
    public FamilyConferenceView start(UUID id) {
        FamilyConference c = lockFor(id, Step.START);
        Instant now = now();
        c.status = FgcStatus.INFORMATION_SHARING;
        c.informationStartedAt = now;
        c.updatedAt = now;
        audit.record("family-conference.start", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    @Transactional
    public FamilyConferenceView contribute(UUID id, FgcInputs.Contribution input) {
        FamilyConference c = lockFor(id, Step.CONTRIBUTE);
        FamilyConferenceInvitee invitee = invitee(c, input.inviteeId());
        if (invitee.kind != FamilyConferenceInvitee.Kind.PROFESSIONAL) {
            throw ProblemException.invalid("inviteeId", "must be a professional: the family's words belong to its own time");
        }
        invitee.information = input.information().strip();
        invitee.concerns = blankToNull(input.concerns());
        c.updatedAt = now();
        audit.record("family-conference.contribution", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    /** Phase 2: private family time. The professionals and the coordinator leave; only its start is recorded. */
    @Transactional
    public FamilyConferenceView privateTime(UUID id) {
        FamilyConference c = lockFor(id, Step.PRIVATE_TIME);
        Instant now = now();
        c.status = FgcStatus.PRIVATE_FAMILY_TIME;
        c.privateTimeStartedAt = now;
        c.updatedAt = now;
        audit.record("family-conference.private-time", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    /** Phase 3: the family calls everyone back to present its plan; private time ends; the conference is held. */
    @Transactional
    public FamilyConferenceView presentation(UUID id) {
        FamilyConference c = lockFor(id, Step.PRESENTATION);
        Instant now = now();
        c.status = FgcStatus.PLAN_PRESENTATION;
        c.privateTimeEndedAt = now;
        c.updatedAt = now;
        notices.publish(EventType.CONFERENCE_HELD, c.id, c.familyId, kind(c), c.referrerOrganization, c.status.name(),
                c.scheduledFor, now);
        notices.timeline(c.familyId, "held", "Family group conference held, with private family time",
                "family-conference", c.id, now);
        audit.record("family-conference.presentation", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    /** The family's plan, as it presents it (again, amended, after a rejection). */
    @Transactional
    public FamilyConferenceView presentPlan(UUID id, FgcInputs.PlanInput input) {
        FamilyConference c = lockFor(id, Step.PRESENT_PLAN);
        KnownFamily family = em.find(KnownFamily.class, c.familyId);
        List<FamilyConference.Item> items = new ArrayList<>();
        for (int i = 0; i < input.items().size(); i++) {
            FgcInputs.Item item = input.items().get(i);
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
        Instant now = now();
        c.plan = new FamilyConference.Plan(input.title().strip(), input.reviewDate(), items, input.ifItDoesNotWork().strip());
        c.planPresentedAt = now;
        c.rejectedBottomLine = null;
        c.rejectionReason = null;
        c.status = FgcStatus.PLAN_PRESENTED;
        c.updatedAt = now;
        notices.publish(EventType.CONFERENCE_FAMILY_PLAN_AGREED, c.id, c.familyId, kind(c), c.referrerOrganization,
                c.status.name(), c.scheduledFor, now);
        audit.record("family-conference.plan", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    /** The family reached no plan: a valid outcome, recorded. */
    @Transactional
    public FamilyConferenceView noPlan(UUID id, FgcInputs.NoPlan input) {
        FamilyConference c = lockFor(id, Step.NO_PLAN);
        Instant now = now();
        c.status = FgcStatus.NO_PLAN;
        c.noPlanNote = input.note().strip();
        c.updatedAt = now;
        endCoordinatorAccess(c, now);
        notices.timeline(c.familyId, "no-plan", "The family group conference ended without a plan", "family-conference", c.id, now);
        audit.record("family-conference.no-plan", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    /**
     * The referrer accepts the family's plan, or rejects it, only with a reason that concerns the child's safety
     * against one of the bottom lines. An accepted plan goes to family-service as the family's own.
     */
    @Transactional
    public FamilyConferenceView decidePlan(UUID id, String ifMatch, FgcInputs.PlanDecision input) {
        FamilyConference c = lockFor(id, Step.DECIDE_PLAN);
        ETags.checkIfPresent(ifMatch, c.version);
        Instant now = now();
        c.planDecidedAt = now;
        c.updatedAt = now;
        if ("REJECTED".equals(input.decision())) {
            if (input.bottomLine() == null || input.bottomLine() >= c.bottomLines.size()) {
                throw ProblemException.invalid("bottomLine", "name the bottom line (0 to " + (c.bottomLines.size() - 1)
                        + ") the plan leaves unmet: a plan is rejected only for the child's safety");
            }
            if (input.reason() == null || input.reason().isBlank()) {
                throw ProblemException.invalid("reason", "say how the plan leaves the child unsafe");
            }
            c.status = FgcStatus.PLAN_REJECTED;
            c.rejectedBottomLine = input.bottomLine();
            c.rejectionReason = input.reason().strip();
            notices.publish(EventType.CONFERENCE_FAMILY_PLAN_REJECTED, c.id, c.familyId, kind(c), c.referrerOrganization,
                    c.status.name(), c.scheduledFor, now);
        } else {
            c.status = FgcStatus.PLAN_ACCEPTED;
            notices.publishPlan(c.kind == FamilyConference.Kind.REVIEW ? EventType.CONFERENCE_FAMILY_PLAN_REVISED
                    : EventType.CONFERENCE_FAMILY_PLAN_ACCEPTED, familyPlan(c, now), c.familyId);
            endCoordinatorAccess(c, now);
        }
        audit.record("family-conference.plan-decision", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    private static FamilyPlan familyPlan(FamilyConference c, Instant at) {
        List<FamilyPlan.Goal> goals = c.plan.items().stream().map(item -> new FamilyPlan.Goal(item.what(), item.howWeKnow(),
                List.of(new FamilyPlan.Step(item.what(), item.whoMemberId(), item.whoName(), item.byWhen())))).toList();
        return new FamilyPlan(c.familyId, c.id, c.originalConferenceId, c.plan.title(), c.plan.reviewDate(), goals, at);
    }

    /** A review conference of an accepted plan: same family, referrer, bottom lines and coordinator, held the same way. */
    @Transactional
    public FamilyConferenceView review(UUID id) {
        FamilyConference original = lockFor(id, Step.REVIEW);
        Instant now = now();
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
        CoordinatorProfile coordinator = original.coordinatorId == null ? null : coordinators.findById(original.coordinatorId);
        if (consentStands) {
            c.consentId = original.consentId;
            c.status = FgcStatus.CONSENTED;
        } else {
            c.status = FgcStatus.OFFERED;
        }
        conferences.persist(c);
        if (consentStands && coordinator != null && coordinator.active
                && Independence.why(c, coordinator, workingWithFamily(c)).isEmpty()) {
            assign(c, coordinator, now);
        }
        notices.timeline(c.familyId, "review-offered", "Review conference of the family's plan", "family-conference", c.id, now);
        audit.record("family-conference.review", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    @Transactional
    public FamilyConferenceView cancel(UUID id, FgcInputs.Cancellation input) {
        FamilyConference c = lockFor(id, Step.CANCEL);
        Instant now = now();
        cancel(c, input.reason().strip(), now);
        audit.record("family-conference.cancel", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    private void cancel(FamilyConference c, String reason, Instant now) {
        c.status = FgcStatus.CANCELLED;
        c.cancelReason = reason;
        c.updatedAt = now;
        endCoordinatorAccess(c, now);
        notices.publish(EventType.CONFERENCE_CANCELLED, c.id, c.familyId, kind(c), c.referrerOrganization, c.status.name(),
                c.scheduledFor, now);
        notices.timeline(c.familyId, "cancelled", "Family group conference cancelled", "family-conference", c.id, now);
    }

    /** The family withdrew its consent to the conference: without consent nothing proceeds. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onConsentEnded(@Observes FamilyProjection.ConsentEnded ended) {
        List<FamilyConference> relying = em.createQuery("from FamilyConference c where c.consentId = ?1",
                FamilyConference.class).setParameter(1, ended.consentId()).getResultList();
        for (FamilyConference c : relying) {
            if (!c.status.ended() && c.status != FgcStatus.PLAN_PRESENTED && c.status != FgcStatus.PLAN_REJECTED) {
                cancel(c, "CONSENT_WITHDRAWN".equals(ended.reasonCode())
                        ? "The family withdrew its consent to the conference." : "The family's consent to the conference expired.",
                        ended.at());
            }
        }
    }

    private FamilyConferenceInvitee invitee(FamilyConference c, UUID inviteeId) {
        return c.invitees.stream().filter(i -> i.id.equals(inviteeId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("The invitee"));
    }

    private FamilyConference lockVisible(UUID id) {
        FamilyConference c = conferences.lockVisible(id, caller.organization(), coordinationOrganization())
                .orElseThrow(() -> ProblemException.notFound("The family conference"));
        if (c.familyErasedAt != null) {
            throw ProblemException.conflict("family-erased",
                    "The family's case file was erased; the conference is kept for the figures only.");
        }
        return c;
    }

    /** Locked and checked: 404 when the caller does not see it, 403 for the wrong actor, 409 from the wrong state. */
    private FamilyConference lockFor(UUID id, Step step) {
        FamilyConference c = lockVisible(id);
        requireActor(c, step.actor(), step.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (!FgcRules.allowed(step, c.status)) {
            String hint = c.status == FgcStatus.PLAN_ACCEPTED && step == Step.PRESENT_PLAN
                    ? " An accepted plan is changed only by a review conference." : "";
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "invalid-transition",
                    "A family conference that is " + c.status + " does not allow this step (" + step + "); it is possible from "
                            + step.from().stream().map(Enum::name).sorted().toList() + "." + hint)
                    .with("currentStatus", c.status.name()));
        }
        return c;
    }

    private void requireActor(FamilyConference c, FgcRules.Actor actor, String what) {
        if (!isActor(c, actor)) {
            String who = switch (actor) {
                case REFERRER -> "the referrer's organization";
                case COORDINATION_ORGANIZATION -> "a family conference coordination organization";
                case COORDINATOR -> "the coordinator's organization";
            };
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "not-your-step", "Only " + who + " may " + what + "."));
        }
    }

    private void requireReferrerOrCoordinator(FamilyConference c, String what) {
        if (!isActor(c, FgcRules.Actor.REFERRER) && !isActor(c, FgcRules.Actor.COORDINATOR)) {
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "not-your-step",
                    "Only the referrer's or the coordinator's organization may " + what + "."));
        }
    }

    private boolean isActor(FamilyConference c, FgcRules.Actor actor) {
        String organization = caller.organization();
        return switch (actor) {
            case REFERRER -> organization.equals(c.referrerOrganization);
            case COORDINATION_ORGANIZATION -> coordinationOrganization();
            case COORDINATOR -> organization.equals(c.coordinatorOrganization);
        };
    }

    private boolean coordinationOrganization() {
        return caller.organizationType().map(FGC_COORDINATION::equals).orElse(false);
    }

    private FamilyConferenceView flushed(FamilyConference c) {
        conferences.flush();
        return view(c);
    }

    private FamilyConferenceView view(FamilyConference c) {
        return view(c, em.find(KnownFamily.class, c.familyId));
    }

    private FamilyConferenceView view(FamilyConference c, KnownFamily family) {
        String organization = caller.organization();
        boolean limited = !organization.equals(c.referrerOrganization) && !organization.equals(c.coordinatorOrganization);
        List<Step> steps = Arrays.stream(Step.values()).filter(s -> FgcRules.allowed(s, c.status) && isActor(c, s.actor())).toList();
        return FamilyConferenceView.of(c, family, limited, steps);
    }

    static String kind(FamilyConference c) {
        return c.kind == FamilyConference.Kind.REVIEW ? "REVIEW_CONFERENCE" : "FAMILY_CONFERENCE";
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
