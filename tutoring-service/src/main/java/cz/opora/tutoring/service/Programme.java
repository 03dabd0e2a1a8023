package cz.opora.tutoring.service;

import cz.opora.common.outbox.Outbox;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.security.Roles;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.ConsentPurpose;
import cz.opora.events.EventType;
import cz.opora.events.MemberRole;
import cz.opora.events.tutoring.TutoringEvent;
import cz.opora.projection.FamilyProjection;
import cz.opora.projection.KnownConsent;
import cz.opora.projection.KnownFamily;
import cz.opora.projection.KnownFamilyMember;
import cz.opora.projection.KnownFamilyRepository;
import cz.opora.tutoring.domain.Tutor;
import cz.opora.tutoring.domain.TutorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * What every part of the programme needs: who is calling (programme staff, i.e. a club leader or an org-admin of the
 * programme's organization, or a tutor registered with it), the family's children and its consent to tutoring, the
 * programme's rules from configuration, and its events and timeline entries.
 */
@ApplicationScoped
public class Programme {
    @Inject
    Caller caller;
    @Inject
    TutorRepository tutors;
    @Inject
    KnownFamilyRepository families;
    @Inject
    FamilyProjection projection;
    @Inject
    WorkCalendar calendar;
    @Inject
    Outbox outbox;

    public String organization() {
        return caller.organization();
    }

    public boolean staff() {
        return caller.hasRole(Roles.CLUB_LEADER) || caller.hasRole(Roles.ORG_ADMIN);
    }

    public void requireStaff(String what) {
        if (!staff()) {
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "programme-staff-only",
                    "Only the programme's staff (club leader, org-admin) may " + what + "."));
        }
    }

    /** For a caller who is not staff: the tutor record of the caller (403 when the caller is not registered as one). */
    public Tutor callingTutor() {
        return tutors.byUsername(caller.username(), organization()).orElseThrow(() -> new ProblemException(
                Problem.of(Response.Status.FORBIDDEN, "not-a-tutor", "You are not registered as a tutor of "
                        + organization() + "; the programme's staff register tutors with their login name.")));
    }

    /** Null for staff (they see every match of the programme); the tutor's id for a tutor (only the own matches). */
    public UUID onlyTutor() {
        return staff() ? null : callingTutor().id;
    }

    public LocalDate today() {
        return calendar.today();
    }

    public KnownFamily family(UUID familyId, String field) {
        KnownFamily family = familyId == null ? null : families.findById(familyId);
        if (family == null) {
            throw ProblemException.invalid(field, "is not a family known to the tutoring programme");
        }
        return family;
    }

    public KnownFamilyMember child(KnownFamily family, UUID childId, String field) {
        return family.members.stream().filter(m -> m.id.equals(childId) && m.role == MemberRole.CHILD).findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "is not a child of this family"));
    }

    public KnownFamilyMember member(KnownFamily family, UUID memberId, String field) {
        return family.members.stream().filter(m -> m.id.equals(memberId)).findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "is not a member of this family"));
    }

    /** The family's standing consent to tutoring, or 400 naming the field that brought the family in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownConsent tutoringConsent(UUID familyId, String field) {
        LocalDate today = today();
        return projection.standingConsents(familyId).stream()
                .filter(c -> c.validFor(ConsentPurpose.TUTORING, today))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "the family has not consented to tutoring (a consent "
                        + "with purpose TUTORING in its file)"));
    }

    public static Integer age(KnownFamilyMember member, LocalDate on) {
        return member.birthDate == null ? null : Period.between(member.birthDate, on).getYears();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(EventType type, String organization, UUID familyId, UUID memberId, String refType, UUID refId,
                        String value, Instant at) {
        outbox.emit(type, familyId, new TutoringEvent(familyId, memberId, organization, refType, refId, value, at));
    }

}
