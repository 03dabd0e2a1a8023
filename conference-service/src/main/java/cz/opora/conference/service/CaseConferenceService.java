package cz.opora.conference.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.outbox.PartnerNotices;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.text.Texts;
import cz.opora.common.time.WorkCalendar;
import cz.opora.conference.domain.CaseConference;
import cz.opora.conference.domain.CaseConferenceParticipant.Access;
import cz.opora.conference.domain.CaseConferenceParticipant;
import cz.opora.conference.domain.CaseConferenceRepository;
import cz.opora.conference.domain.CaseConferenceTask;
import cz.opora.conference.domain.FamilyPartnerRepository;
import cz.opora.events.EventType;
import cz.opora.events.MemberRole;
import cz.opora.events.access.GrantReason;
import cz.opora.projection.FamilyProjection;
import cz.opora.projection.KnownConsent;
import cz.opora.projection.KnownFamily;
import cz.opora.projection.KnownFamilyMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Case conferences. The convening organization plans it, invites participants, records the minutes and follows up
 * the tasks; participants' organizations see it. A worker participant of another organization gets access to the
 * family for the conference's duration: on the statutory basis when OSPOD convenes with a legal reference, or
 * within a consent of the family that covers that organization; otherwise none, and the view says so.
 */
@ApplicationScoped
public class CaseConferenceService {
    static final String RESOURCE = "family";
    static final String KIND = "CASE_CONFERENCE";

    @Inject
    CaseConferenceRepository conferences;
    @Inject
    FamilyPartnerRepository partners;
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
    @Inject
    EntityManager em;

    @Transactional
    public CaseConferenceView convene(ConveneCaseConference input) {
        String organization = caller.organization();
        KnownFamily family = partnerService.familyWorkedWithBy(input.familyId(), organization);
        String type = caller.organizationType().orElse("OTHER");
        String statutory = Texts.blankToNull(input.statutoryReference());
        if (statutory != null && !"OSPOD".equals(type)) {
            throw ProblemException.invalid("statutoryReference", "only OSPOD convenes on the statutory basis; "
                    + "other organizations share within the family's consent");
        }
        Instant now = calendar.now();
        CaseConference c = new CaseConference();
        c.id = UUID.randomUUID();
        c.familyId = family.id;
        c.organization = organization;
        c.organizationType = type;
        c.convener = caller.subject();
        c.convenerName = caller.displayName();
        c.purpose = input.purpose().strip();
        c.scheduledFor = input.scheduledFor();
        c.place = input.place().strip();
        c.statutoryReference = statutory;
        c.childIds = children(family, input.childIds()).toArray(UUID[]::new);
        c.status = CaseConference.Status.PLANNED;
        c.createdAt = now;
        c.updatedAt = now;
        CaseConferenceParticipant convener = new CaseConferenceParticipant();
        convener.id = UUID.randomUUID();
        convener.conference = c;
        convener.kind = CaseConferenceParticipant.Kind.WORKER;
        convener.userSubject = caller.subject();
        convener.organization = organization;
        convener.organizationType = type;
        convener.name = caller.displayName();
        convener.role = "convener";
        convener.invitation = CaseConferenceParticipant.Invitation.ACCEPTED;
        convener.access = Access.OWN;
        c.participants.add(convener);
        conferences.persist(c);
        notices.publish(EventType.CONFERENCE_SCHEDULED, c.id, c.familyId, KIND, organization, c.status.name(), c.scheduledFor, now);
        familyNotices.activity(c.familyId, "case-conference-scheduled", organization + " convened a case conference",
                java.util.Map.of("organization", organization), "case-conference", c.id, now);
        audit.record("case-conference.convene", RESOURCE, List.of(c.familyId));
        return view(c, family, organization);
    }

    /** The children named, each a child of the family (400 naming the entry otherwise). */
    private static List<UUID> children(KnownFamily family, List<UUID> childIds) {
        if (childIds == null) {
            return List.of();
        }
        for (int i = 0; i < childIds.size(); i++) {
            UUID id = childIds.get(i);
            if (family.members.stream().noneMatch(m -> m.id.equals(id) && m.role == MemberRole.CHILD)) {
                throw ProblemException.invalid("childIds[" + i + "]", "is not a child of this family");
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(childIds));
    }

    @Transactional
    public CaseConferenceView get(UUID id) {
        CaseConference c = conferences.findVisible(id, caller.organization())
                .orElseThrow(() -> ProblemException.notFound("The case conference"));
        audit.record("case-conference.read", RESOURCE, List.of(c.familyId));
        return view(c, em.find(KnownFamily.class, c.familyId), caller.organization());
    }

    @Transactional
    public Page<CaseConferenceView> list(boolean upcoming, PageRequest page) {
        List<CaseConference> rows = conferences.page(caller.organization(), upcoming, calendar.now(),
                page.afterTime(), page.afterId(), page.limit() + 1);
        List<CaseConference> shown = rows.subList(0, Math.min(rows.size(), page.limit()));
        conferences.fetchChildren(shown);
        Map<UUID, KnownFamily> families = new HashMap<>();
        List<UUID> ids = shown.stream().map(c -> c.familyId).distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("from KnownFamily f where f.id in ?1", KnownFamily.class).setParameter(1, ids).getResultList()
                    .forEach(f -> families.put(f.id, f));
        }
        String organization = caller.organization();
        Page<CaseConferenceView> result = page.page(rows, c -> view(c, families.get(c.familyId), organization),
                c -> Cursor.of(c.scheduledFor, c.id));
        audit.record("case-conference.list", RESOURCE, ids);
        return result;
    }

    @Transactional
    public CaseConferenceView addParticipant(UUID id, String ifMatch, CaseConferenceParticipantInput input) {
        CaseConference c = lockForConvener(id, "invite participants", EnumSet.of(CaseConference.Status.PLANNED,
                CaseConference.Status.HELD, CaseConference.Status.FOLLOW_UP), ifMatch);
        KnownFamily family = em.find(KnownFamily.class, c.familyId);
        CaseConferenceParticipant p = new CaseConferenceParticipant();
        p.id = UUID.randomUUID();
        p.conference = c;
        p.position = c.participants.size();
        p.kind = input.kind();
        p.institution = Texts.blankToNull(input.institution());
        p.role = Texts.blankToNull(input.role());
        p.invitation = CaseConferenceParticipant.Invitation.INVITED;
        p.access = Access.NOT_APPLICABLE;
        Instant now = calendar.now();
        switch (input.kind()) {
            case FAMILY_MEMBER -> {
                if (family == null) {
                    throw ProblemException.invalid("memberId", "the family's case file was erased");
                }
                KnownFamilyMember member = family.members.stream().filter(m -> m.id.equals(input.memberId())).findFirst()
                        .orElseThrow(() -> ProblemException.invalid("memberId", "is not a member of this family"));
                p.memberId = member.id;
                p.name = member.firstName + " " + member.lastName;
            }
            case EXTERNAL -> p.name = required(input.name(), "name");
            case WORKER -> {
                p.name = required(input.name(), "name");
                p.organization = required(input.organization(), "organization");
                p.organizationType = required(input.organizationType(), "organizationType");
                p.access = p.organization.equals(c.organization) || p.organization.equals(family.owningOrganization)
                        ? Access.OWN : coveredByConsent(c, p) ? Access.AWAITING_ACCEPTANCE : Access.NONE;
            }
        }
        c.participants.add(p);
        c.updatedAt = now;
        audit.record("case-conference.participant", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    /**
     * Whether a consent of the family covers the participant's organization today. OSPOD's statutory basis is not
     * enough: it lets OSPOD see the family, not everyone OSPOD invites.
     */
    private boolean coveredByConsent(CaseConference c, CaseConferenceParticipant p) {
        return !projection.sharingConsents(c.familyId, p.organization, p.organizationType, calendar.today()).isEmpty();
    }

    /**
     * A participant of another organization that accepted the invitation sees the family, within the consent that
     * covers it and only the children the conference is about; one grant per organization and conference.
     */
    private Access grant(CaseConference c, CaseConferenceParticipant p, Instant now) {
        if (c.participants.stream().anyMatch(o -> p.organization.equals(o.organization) && o.grantId != null)) {
            return Access.GRANTED;
        }
        List<KnownConsent> consents = projection.sharingConsents(c.familyId, p.organization, p.organizationType, calendar.today());
        if (consents.isEmpty()) {
            return Access.NONE;
        }
        KnownConsent consent = consents.get(0);
        p.grantId = notices.grant(c.familyId, p.organization, p.organizationType, GrantReason.CASE_CONFERENCE, c.id, consent.id,
                List.of(consent.scopes.split(",")), List.of(c.childIds), c.organization, now);
        return Access.GRANTED;
    }

    @Transactional
    public CaseConferenceView updateParticipant(UUID id, UUID participantId, String ifMatch, CaseConferenceParticipantUpdate input) {
        CaseConference c = lockForConvener(id, "record invitations", EnumSet.of(CaseConference.Status.PLANNED,
                CaseConference.Status.HELD, CaseConference.Status.FOLLOW_UP), ifMatch);
        CaseConferenceParticipant p = participant(c, participantId);
        p.invitation = input.invitation();
        Instant now = calendar.now();
        boolean takesPart = p.invitation == CaseConferenceParticipant.Invitation.ACCEPTED
                || p.invitation == CaseConferenceParticipant.Invitation.ATTENDED;
        if (takesPart && (p.access == Access.AWAITING_ACCEPTANCE || p.access == Access.NONE)) {
            p.access = grant(c, p, now);
        } else if (p.invitation == CaseConferenceParticipant.Invitation.DECLINED) {
            endAccess(c, p, now);
        }
        c.updatedAt = now;
        audit.record("case-conference.participant", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    /** The conference was held: the minutes in structure, the participants' views, the tasks agreed. */
    @Transactional
    public CaseConferenceView recordMinutes(UUID id, String ifMatch, CaseConferenceMinutes input) {
        CaseConference c = lockForConvener(id, "record the minutes", EnumSet.of(CaseConference.Status.PLANNED), ifMatch);
        Instant now = calendar.now();
        c.situation = input.situation().strip();
        c.childView = input.childView().strip();
        c.childPresent = input.childPresent();
        c.decisions = input.decisions().strip();
        c.nextMeetingAt = input.nextMeetingAt();
        List<ParticipantOpinion> views = input.views() == null ? List.of() : input.views();
        for (int i = 0; i < views.size(); i++) {
            participant(c, views.get(i).participantId(), "views[" + i + "].participantId").view = views.get(i).view().strip();
        }
        List<CaseConferenceTaskInput> tasks = input.tasks() == null ? List.of() : input.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            CaseConferenceTaskInput t = tasks.get(i);
            participant(c, t.ownerParticipantId(), "tasks[" + i + "].ownerParticipantId");
            CaseConferenceTask task = new CaseConferenceTask();
            task.id = UUID.randomUUID();
            task.conference = c;
            task.position = c.tasks.size();
            task.what = t.what().strip();
            task.ownerParticipant = t.ownerParticipantId();
            task.dueDate = t.dueDate();
            task.status = CaseConferenceTask.Status.OPEN;
            c.tasks.add(task);
        }
        c.status = CaseConference.Status.HELD;
        c.heldAt = now;
        c.updatedAt = now;
        c.tasks.forEach(task -> notices.publishTask(c, task, now));
        notices.publish(EventType.CONFERENCE_HELD, c.id, c.familyId, KIND, c.organization, c.status.name(), c.scheduledFor, now);
        familyNotices.activity(c.familyId, "case-conference-held", "Case conference held, " + c.tasks.size() + " task(s) agreed",
                java.util.Map.of("tasks", String.valueOf(c.tasks.size())), "case-conference", c.id, now);
        audit.record("case-conference.minutes", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    @Transactional
    public CaseConferenceView followUpTask(UUID id, UUID taskId, String ifMatch, CaseConferenceTaskFollowUp input) {
        CaseConference c = lockForConvener(id, "follow up tasks", EnumSet.of(CaseConference.Status.HELD,
                CaseConference.Status.FOLLOW_UP), ifMatch);
        CaseConferenceTask task = c.tasks.stream().filter(t -> t.id.equals(taskId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("The task"));
        CaseConferenceTask.Status before = task.status;
        task.status = input.status();
        task.followUpNote = Texts.blankToNull(input.followUpNote());
        c.updatedAt = calendar.now();
        if (before != task.status) {
            notices.publishTask(c, task, c.updatedAt);
        }
        audit.record("case-conference.task", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    /** The next meeting took place and followed the tasks up. */
    @Transactional
    public CaseConferenceView followUp(UUID id, String ifMatch, CaseConferenceFollowUp input) {
        CaseConference c = lockForConvener(id, "record the follow-up", EnumSet.of(CaseConference.Status.HELD), ifMatch);
        Instant now = calendar.now();
        c.status = CaseConference.Status.FOLLOW_UP;
        c.nextMeetingAt = input == null ? null : input.nextMeetingAt();
        c.updatedAt = now;
        familyNotices.activity(c.familyId, "case-conference-follow-up", "Case conference tasks followed up", "case-conference", c.id, now);
        audit.record("case-conference.follow-up", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    @Transactional
    public CaseConferenceView close(UUID id, String ifMatch) {
        CaseConference c = lockForConvener(id, "close it", EnumSet.of(CaseConference.Status.HELD, CaseConference.Status.FOLLOW_UP), ifMatch);
        Instant now = calendar.now();
        c.status = CaseConference.Status.CLOSED;
        c.closedAt = now;
        c.updatedAt = now;
        c.tasks.stream().filter(task -> task.status == CaseConferenceTask.Status.OPEN)
                .forEach(task -> notices.publishTask(c, task, now));
        endAccess(c, now);
        audit.record("case-conference.close", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    @Transactional
    public CaseConferenceView cancel(UUID id, String ifMatch, Cancellation input) {
        CaseConference c = lockForConvener(id, "cancel it", EnumSet.of(CaseConference.Status.PLANNED), ifMatch);
        Instant now = calendar.now();
        c.status = CaseConference.Status.CANCELLED;
        c.cancelReason = input.reason().strip();
        c.updatedAt = now;
        endAccess(c, now);
        notices.publish(EventType.CONFERENCE_CANCELLED, c.id, c.familyId, KIND, c.organization, c.status.name(), c.scheduledFor, now);
        audit.record("case-conference.cancel", RESOURCE, List.of(c.familyId));
        return flushed(c);
    }

    private void endAccess(CaseConference c, Instant now) {
        for (CaseConferenceParticipant p : c.participants) {
            endAccess(c, p, now);
        }
    }

    private void endAccess(CaseConference c, CaseConferenceParticipant p, Instant now) {
        if (p.grantId != null) {
            familyNotices.revoke(p.grantId, c.familyId, now);
            p.grantId = null;
        }
        if (p.access == Access.GRANTED || p.access == Access.AWAITING_ACCEPTANCE) {
            p.access = Access.ENDED;
        }
    }

    /** Locked for the convener from one of the states {@code from}, at the version the caller read (If-Match). */
    private CaseConference lockForConvener(UUID id, String what, Set<CaseConference.Status> from, String ifMatch) {
        CaseConference c = lockForConvener(id, what, from);
        ETags.requireMatch(ifMatch, c.version);
        return c;
    }

    private CaseConference lockForConvener(UUID id, String what, Set<CaseConference.Status> from) {
        CaseConference c = conferences.lockVisible(id, caller.organization())
                .orElseThrow(() -> ProblemException.notFound("The case conference"));
        if (!c.organization.equals(caller.organization())) {
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "not-the-convener",
                    "Only the convening organization may " + what + "."));
        }
        if (!from.contains(c.status)) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "invalid-transition",
                    "A case conference that is " + c.status + " does not allow this; it is possible when "
                            + from.stream().map(Enum::name).sorted().toList() + ".").with("currentStatus", c.status.name()));
        }
        return c;
    }

    private CaseConferenceParticipant participant(CaseConference c, UUID participantId) {
        return c.participants.stream().filter(p -> p.id.equals(participantId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("The participant"));
    }

    private CaseConferenceParticipant participant(CaseConference c, UUID participantId, String field) {
        return c.participants.stream().filter(p -> p.id.equals(participantId)).findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "is not a participant of this conference"));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required for this kind of participant");
        }
        return value.strip();
    }

    private CaseConferenceView flushed(CaseConference c) {
        conferences.flush();
        return view(c, em.find(KnownFamily.class, c.familyId), caller.organization());
    }

    /**
     * The case file conferences were about was erased. The erasing organization's own case conferences stay only as
     * what its figures count (dates, status, tasks' states), without a word or a name; other organizations' case
     * conferences stay as their records, detached (children cleared). Family group conferences about the file keep
     * only what the figures count. Every one of them records the erasure's time and no longer accepts steps that need
     * the family.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onErased(@jakarta.enterprise.event.Observes cz.opora.projection.FamilyProjection.FamilyErasedHere erased) {
        if (erased.owningOrganization() != null) {
            String own = "SELECT id FROM case_conference WHERE family_id = ?1 AND organization = ?2";
            for (String sql : List.of(
                    "UPDATE case_conference_participant SET name = '-', member_id = NULL, institution = NULL, role = NULL, "
                            + "view = NULL WHERE conference_id IN (" + own + ")",
                    "UPDATE case_conference_task SET what = '-', follow_up_note = NULL WHERE conference_id IN (" + own + ")",
                    "UPDATE case_conference SET purpose = '-', place = '-', convener_name = '-', situation = NULL, "
                            + "decisions = NULL, child_view = NULL, cancel_reason = NULL, child_present = NULL "
                            + "WHERE family_id = ?1 AND organization = ?2")) {
                em.createNativeQuery(sql).setParameter(1, erased.familyId()).setParameter(2, erased.owningOrganization())
                        .executeUpdate();
            }
        }
        em.createNativeQuery("UPDATE case_conference SET child_ids = '{}', family_erased_at = now(), version = version + 1 "
                + "WHERE family_id = ?1").setParameter(1, erased.familyId()).executeUpdate();
        // Family group conferences were about this family alone: what stays is what the figures count.
        for (String sql : List.of(
                "DELETE FROM family_conference_invitee WHERE conference_id IN (SELECT id FROM family_conference WHERE family_id = ?1)",
                "UPDATE family_conference SET referrer_name = '-', concern = '-', question = '-', bottom_lines = '[]', "
                        + "plan = NULL, place = NULL, interpreter = NULL, childcare = NULL, rejection_reason = NULL, "
                        + "no_plan_note = NULL, cancel_reason = NULL, requested_language = NULL, requested_gender = NULL, "
                        + "family_decision_by = NULL, family_erased_at = now(), version = version + 1 WHERE family_id = ?1",
                "UPDATE conference_feedback SET comment = NULL WHERE family_id = ?1")) {
            em.createNativeQuery(sql).setParameter(1, erased.familyId()).executeUpdate();
        }
    }

    /**
     * The conference as the organization may see it: all of it for the convener, the family's owner and a participant
     * whose access is live; otherwise (no consent covers it, access not started, or ended) only that it takes or took
     * part, when, and its own tasks.
     */
    private static CaseConferenceView view(CaseConference c, KnownFamily family, String organization) {
        boolean full = organization.equals(c.organization)
                || (family != null && organization.equals(family.owningOrganization))
                || c.participants.stream().anyMatch(p -> organization.equals(p.organization) && p.access == Access.GRANTED);
        return full ? CaseConferenceView.of(c, family == null ? null : family.name) : CaseConferenceView.participation(c, organization);
    }
}
