package cz.opora.conference.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.outbox.PartnerNotices;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.time.WorkCalendar;
import cz.opora.conference.domain.FamilyConference;
import cz.opora.conference.domain.FamilyConferenceInvitee;
import cz.opora.conference.domain.FgcRules.Step;
import cz.opora.conference.domain.FgcStatus;
import cz.opora.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

import static cz.opora.common.text.Texts.blankToNull;
import static cz.opora.conference.service.FgcGuards.RESOURCE;
import static cz.opora.conference.service.FgcGuards.invitee;
import static cz.opora.conference.service.FgcGuards.kind;

/**
 * The meeting, run by the coordinator: its arrangements, then its phases: information sharing (the professionals'
 * contributions), private family time (only its start and end recorded), and the family's presentation of its plan.
 */
@ApplicationScoped
@Transactional
public class ConferenceMeetingService {
    @Inject
    WorkCalendar calendar;
    @Inject
    FgcGuards guards;
    @Inject
    ConferenceNotices notices;
    @Inject
    PartnerNotices familyNotices;
    @Inject
    AuditLog audit;

    public FamilyConferenceView arrange(UUID id, String ifMatch, FamilyConferenceArrangements input) {
        FamilyConference c = guards.lockFor(id, Step.ARRANGE, ifMatch);
        Instant now = calendar.now();
        c.scheduledFor = input.scheduledFor().truncatedTo(ChronoUnit.MINUTES);
        c.place = input.place().strip();
        c.interpreter = blankToNull(input.interpreter());
        c.childcare = blankToNull(input.childcare());
        c.status = FgcStatus.SCHEDULED;
        c.updatedAt = now;
        notices.publish(EventType.CONFERENCE_SCHEDULED, c.id, c.familyId, kind(c), c.referrerOrganization,
                c.status.name(), c.scheduledFor, now);
        familyNotices.activity(c.familyId, "scheduled", "Family group conference scheduled", "family-conference", c.id, now);
        audit.record("family-conference.arrange", RESOURCE, List.of(c.familyId));
        return guards.flushed(c);
    }

    /** Phase 1: information sharing begins. */
    public FamilyConferenceView start(UUID id, String ifMatch) {
        return phase(id, ifMatch, Step.START, FgcStatus.INFORMATION_SHARING, (c, now) -> c.informationStartedAt = now, "start");
    }

    public FamilyConferenceView contribute(UUID id, String ifMatch, FamilyConferenceContribution input) {
        FamilyConference c = guards.lockFor(id, Step.CONTRIBUTE, ifMatch);
        FamilyConferenceInvitee invitee = invitee(c, input.inviteeId());
        if (invitee.kind != FamilyConferenceInvitee.Kind.PROFESSIONAL) {
            throw ProblemException.invalid("inviteeId", "must be a professional: the family's words belong to its own time");
        }
        invitee.information = input.information().strip();
        invitee.concerns = blankToNull(input.concerns());
        c.updatedAt = calendar.now();
        audit.record("family-conference.contribution", RESOURCE, List.of(c.familyId));
        return guards.flushed(c);
    }

    /** Phase 2: private family time. The professionals and the coordinator leave; only its start is recorded. */
    public FamilyConferenceView privateTime(UUID id, String ifMatch) {
        return phase(id, ifMatch, Step.PRIVATE_TIME, FgcStatus.PRIVATE_FAMILY_TIME, (c, now) -> c.privateTimeStartedAt = now,
                "private-time");
    }

    /** A phase begins: the conference moves to {@code to}, and the time the phase began is kept. */
    private FamilyConferenceView phase(UUID id, String ifMatch, Step step, FgcStatus to, BiConsumer<FamilyConference, Instant> began,
                                       String action) {
        FamilyConference c = guards.lockFor(id, step, ifMatch);
        Instant now = calendar.now();
        c.status = to;
        began.accept(c, now);
        c.updatedAt = now;
        audit.record("family-conference." + action, RESOURCE, List.of(c.familyId));
        return guards.flushed(c);
    }

    /** Phase 3: the family calls everyone back to present its plan; private time ends; the conference is held. */
    public FamilyConferenceView presentation(UUID id, String ifMatch) {
        FamilyConference c = guards.lockFor(id, Step.PRESENTATION, ifMatch);
        Instant now = calendar.now();
        c.status = FgcStatus.PLAN_PRESENTATION;
        c.privateTimeEndedAt = now;
        c.updatedAt = now;
        notices.publish(EventType.CONFERENCE_HELD, c.id, c.familyId, kind(c), c.referrerOrganization, c.status.name(),
                c.scheduledFor, now);
        familyNotices.activity(c.familyId, "held", "Family group conference held, with private family time",
                "family-conference", c.id, now);
        audit.record("family-conference.presentation", RESOURCE, List.of(c.familyId));
        return guards.flushed(c);
    }
}
