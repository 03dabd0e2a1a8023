package cz.opora.conference.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.outbox.PartnerNotices;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
import cz.opora.conference.domain.FamilyConference;
import cz.opora.conference.domain.FamilyConferenceRepository;
import cz.opora.conference.domain.FgcRules.Step;
import cz.opora.conference.domain.FgcStatus;
import cz.opora.events.ConsentEndReason;
import cz.opora.events.ConsentPurpose;
import cz.opora.events.EventType;
import cz.opora.projection.FamilyProjection;
import cz.opora.projection.KnownConsent;
import cz.opora.projection.KnownFamily;
import cz.opora.projection.KnownFamilyMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cz.opora.common.text.Texts.blankToNull;
import static cz.opora.conference.service.FgcGuards.RESOURCE;
import static cz.opora.conference.service.FgcGuards.kind;

/**
 * Family group conferences, with the roles and rules of the Czech pilot and the UK standard: the referrer offers,
 * the family decides, an independent coordinator prepares and runs it ({@link CoordinatorChoiceService},
 * {@link InvitationService}, {@link ConferenceMeetingService}), the family writes its plan in private, the referrer
 * accepts it or rejects it only for the child's safety against a bottom line; a review conference may revise it
 * ({@link FamilyPlanService}). This class: the offer, the family's decision, the reads and the cancellation. Every
 * change and its events commit together; every read is audited against the family.
 */
@ApplicationScoped
@Transactional
public class FamilyConferenceService {
    @Inject
    FgcGuards guards;
    @Inject
    CoordinatorChoiceService coordinatorChoice;
    @Inject
    FamilyConferenceRepository conferences;
    @Inject
    PartnerService partnerService;
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
    @Inject
    WorkCalendar calendar;

    public FamilyConferenceView offer(FamilyConferenceOffer input) {
        String organization = caller.organization();
        KnownFamily family = partnerService.familyWorkedWithBy(input.familyId(), organization);
        Instant now = calendar.now();
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
        familyNotices.activity(c.familyId, "offered", organization + " offered the family a family group conference",
                Map.of("organization", organization), "family-conference", c.id, now);
        audit.record("family-conference.offer", RESOURCE, List.of(c.familyId));
        return guards.view(c);
    }

    public FamilyConferenceView get(UUID id) {
        FamilyConference c = guards.findVisible(id);
        audit.record("family-conference.read", RESOURCE, List.of(c.familyId));
        return guards.view(c);
    }

    /** The organization's conferences as referrer or coordinator, newest first. */
    public Page<FamilyConferenceView> list(FgcStatus status, PageRequest page) {
        List<FamilyConference> rows = conferences.page(caller.organization(), status, page.afterTime(), page.afterId(),
                page.limit() + 1);
        return listed(rows, page);
    }

    /** Consented conferences waiting for a coordinator, oldest first: what coordination organizations choose from. */
    public Page<FamilyConferenceView> awaitingCoordinator(PageRequest page) {
        if (!guards.coordinationOrganization()) {
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "not-a-coordination-organization",
                    "Only organizations of type FGC_COORDINATION assign coordinators."));
        }
        List<FamilyConference> rows = conferences.awaitingCoordinator(page.afterTime(), page.afterId(), page.limit() + 1);
        return listed(rows, page);
    }

    private Page<FamilyConferenceView> listed(List<FamilyConference> rows, PageRequest page) {
        List<FamilyConference> shown = rows.subList(0, Math.min(rows.size(), page.limit()));
        conferences.fetchInvitees(shown);
        List<UUID> ids = shown.stream().map(c -> c.familyId).distinct().toList();
        Map<UUID, KnownFamily> families = conferences.families(ids);
        Page<FamilyConferenceView> result = page.page(rows, c -> guards.view(c, families.get(c.familyId)),
                r -> Cursor.of(r.createdAt, r.id));
        audit.record("family-conference.list", RESOURCE, ids);
        return result;
    }

    /** The family decides: an adult member consents (with the consent recorded in family-service) or declines. */
    public FamilyConferenceView decideFamily(UUID id, String ifMatch, FamilyDecision input) {
        FamilyConference c = guards.lockFor(id, Step.FAMILY_DECISION, ifMatch);
        KnownFamily family = guards.family(c);
        KnownFamilyMember member = family.members.stream().filter(m -> m.id.equals(input.memberId())).findFirst()
                .orElseThrow(() -> ProblemException.invalid("memberId", "is not a member of this family"));
        if (!member.role.isAdultOn(member.birthDate, calendar.today())) {
            throw ProblemException.invalid("memberId", "must be an adult member of the family");
        }
        Instant now = calendar.now();
        c.familyDecisionBy = member.id;
        c.familyDecidedAt = now;
        c.updatedAt = now;
        if ("CONSENTED".equals(input.decision())) {
            c.consentId = conferenceConsent(c.familyId, input.consentId()).id;
            c.status = FgcStatus.CONSENTED;
            familyNotices.activity(c.familyId, "consented", "The family agreed to hold a family group conference",
                    "family-conference", c.id, now);
        } else {
            c.status = FgcStatus.FAMILY_DECLINED;
            c.cancelReason = input.note() == null ? "The family declined the conference." : input.note().strip();
            familyNotices.activity(c.familyId, "declined", "The family declined the family group conference",
                    "family-conference", c.id, now);
        }
        audit.record("family-conference.family-decision", RESOURCE, List.of(c.familyId));
        return guards.flushed(c);
    }

    private KnownConsent conferenceConsent(UUID familyId, UUID consentId) {
        if (consentId == null) {
            throw ProblemException.invalid("consentId", "is required: record the family's consent to the conference "
                    + "(purpose FAMILY_CONFERENCE) in the family's file first");
        }
        return projection.standingConsents(familyId).stream()
                .filter(k -> k.id.equals(consentId) && k.validFor(ConsentPurpose.FAMILY_CONFERENCE, calendar.today()))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid("consentId", "is not a valid consent of this family to a "
                        + "family group conference (purpose FAMILY_CONFERENCE)"));
    }

    public FamilyConferenceView cancel(UUID id, String ifMatch, Cancellation input) {
        FamilyConference c = guards.lockFor(id, Step.CANCEL, ifMatch);
        Instant now = calendar.now();
        cancel(c, input.reason().strip(), now);
        audit.record("family-conference.cancel", RESOURCE, List.of(c.familyId));
        return guards.flushed(c);
    }

    private void cancel(FamilyConference c, String reason, Instant now) {
        c.status = FgcStatus.CANCELLED;
        c.cancelReason = reason;
        c.updatedAt = now;
        coordinatorChoice.endAccess(c, now);
        notices.publish(EventType.CONFERENCE_CANCELLED, c.id, c.familyId, kind(c), c.referrerOrganization, c.status.name(),
                c.scheduledFor, now);
        familyNotices.activity(c.familyId, "cancelled", "Family group conference cancelled", "family-conference", c.id, now);
    }

    /**
     * The family withdrew its consent to the conference: without consent nothing proceeds. The coordinator's grant
     * relied on that consent, and family-service ended it with the consent: nothing is sent back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onConsentEnded(@Observes FamilyProjection.ConsentEnded ended) {
        for (FamilyConference c : conferences.relyingOn(ended.consentId())) {
            if (!c.status.ended() && c.status != FgcStatus.PLAN_PRESENTED && c.status != FgcStatus.PLAN_REJECTED) {
                c.coordinatorGrantId = null;
                cancel(c, ended.reason() == ConsentEndReason.WITHDRAWN
                        ? "The family withdrew its consent to the conference." : "The family's consent to the conference expired.",
                        ended.at());
            }
        }
    }
}
