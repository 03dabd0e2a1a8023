package cz.opora.conference.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.time.WorkCalendar;
import cz.opora.conference.domain.FamilyConference;
import cz.opora.conference.domain.FamilyConferenceInvitee;
import cz.opora.conference.domain.FgcRules.Step;
import cz.opora.conference.domain.FgcRules;
import cz.opora.projection.KnownFamilyMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static cz.opora.common.text.Texts.blankToNull;
import static cz.opora.conference.service.FgcGuards.RESOURCE;
import static cz.opora.conference.service.FgcGuards.invitee;

/**
 * Who comes to a family group conference: the coordinator invites the family's members, its network and the
 * professionals one by one and records their answers; an exclusion (for safety) names its reason, may be appealed
 * (recorded by the referrer or the coordinator) and the referrer decides the appeal.
 */
@ApplicationScoped
@Transactional
public class InvitationService {
    @Inject
    WorkCalendar calendar;
    @Inject
    FgcGuards guards;
    @Inject
    AuditLog audit;

    public FamilyConferenceView invite(UUID id, String ifMatch, FamilyConferenceInvitation input) {
        FamilyConference c = guards.lockFor(id, Step.INVITE, ifMatch);
        FamilyConferenceInvitee invitee = new FamilyConferenceInvitee();
        invitee.id = UUID.randomUUID();
        invitee.conference = c;
        invitee.position = c.invitees.size();
        invitee.kind = input.kind();
        invitee.status = FamilyConferenceInvitee.Status.INVITED;
        invitee.relation = blankToNull(input.relation());
        if (input.kind() == FamilyConferenceInvitee.Kind.FAMILY_MEMBER) {
            KnownFamilyMember member = guards.family(c).members.stream()
                    .filter(m -> m.id.equals(input.memberId())).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("memberId", "is not a member of this family"));
            invitee.memberId = member.id;
            invitee.name = member.firstName + " " + member.lastName;
            invitee.relation = invitee.relation == null ? member.role.name().toLowerCase(Locale.ROOT) : invitee.relation;
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
        c.updatedAt = calendar.now();
        audit.record("family-conference.invite", RESOURCE, List.of(c.familyId));
        return guards.flushed(c);
    }

    /** The coordinator records the invitee's answer, or excludes the invitee for safety, with the reason. */
    public FamilyConferenceView answer(UUID id, UUID inviteeId, String ifMatch, InvitationAnswer input) {
        FamilyConference c = guards.lockFor(id, Step.INVITE, ifMatch);
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
        c.updatedAt = calendar.now();
        audit.record("family-conference.invitation-answer", RESOURCE, List.of(c.familyId));
        return guards.flushed(c);
    }

    /** An excluded person appeals (recorded by the referrer's or the coordinator's organization). */
    public FamilyConferenceView appeal(UUID id, UUID inviteeId, String ifMatch, ExclusionAppeal input) {
        FamilyConference c = guards.lockVisible(id);
        guards.requireReferrerOrCoordinator(c, "record an appeal");
        ETags.requireMatch(ifMatch, c.version);
        FamilyConferenceInvitee invitee = invitee(c, inviteeId);
        if (invitee.status != FamilyConferenceInvitee.Status.EXCLUDED) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "not-excluded",
                    "Only an exclusion can be appealed; this invitee is " + invitee.status + ".").with("currentStatus", invitee.status.name()));
        }
        invitee.appeal = input.appeal().strip();
        invitee.appealOutcome = FamilyConferenceInvitee.AppealOutcome.PENDING;
        c.updatedAt = calendar.now();
        audit.record("family-conference.appeal", RESOURCE, List.of(c.familyId));
        return guards.flushed(c);
    }

    /** The referrer decides an appeal: the exclusion is upheld, or overturned and the person invited again. */
    public FamilyConferenceView decideAppeal(UUID id, UUID inviteeId, String ifMatch, ExclusionAppealDecision input) {
        FamilyConference c = guards.lockVisible(id);
        guards.requireActor(c, FgcRules.Actor.REFERRER, "decide an appeal");
        ETags.requireMatch(ifMatch, c.version);
        FamilyConferenceInvitee invitee = invitee(c, inviteeId);
        if (invitee.appealOutcome != FamilyConferenceInvitee.AppealOutcome.PENDING) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "no-pending-appeal",
                    "There is no pending appeal for this invitee."));
        }
        invitee.appealOutcome = FamilyConferenceInvitee.AppealOutcome.valueOf(input.outcome());
        if (invitee.appealOutcome == FamilyConferenceInvitee.AppealOutcome.OVERTURNED) {
            invitee.status = FamilyConferenceInvitee.Status.INVITED;
        }
        c.updatedAt = calendar.now();
        audit.record("family-conference.appeal-decision", RESOURCE, List.of(c.familyId));
        return guards.flushed(c);
    }
}
