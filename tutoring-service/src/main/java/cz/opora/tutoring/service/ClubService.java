package cz.opora.tutoring.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.outbox.PartnerNotices;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.text.Texts;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.EventType;
import cz.opora.projection.FamilyProjection;
import cz.opora.projection.KnownConsent;
import cz.opora.projection.KnownFamily;
import cz.opora.projection.KnownFamilyMember;
import cz.opora.projection.KnownFamilyRepository;
import cz.opora.tutoring.config.TutoringConfig;
import cz.opora.tutoring.domain.Club;
import cz.opora.tutoring.domain.ClubEnrolment.Status;
import cz.opora.tutoring.domain.ClubEnrolment;
import cz.opora.tutoring.domain.ClubEnrolmentRepository;
import cz.opora.tutoring.domain.ClubRepository;
import cz.opora.tutoring.domain.ClubSessionEntity;
import cz.opora.tutoring.domain.ClubSessionRepository;
import cz.opora.tutoring.domain.ReadinessAssessment;
import cz.opora.tutoring.domain.ReadinessAssessmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import cz.opora.tutoring.domain.ClubAttendanceMark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Preschool clubs: enrolment of children of preschool age (the age rule, capacity with a waiting list), sessions with
 * an attendance register for the whole group, school-readiness assessments and the school each child entered.
 * Run by the programme's staff (club leaders).
 */
@ApplicationScoped
public class ClubService {
    @Inject
    PartnerNotices notices;
    @Inject
    TutoringConfig config;
    @Inject
    WorkCalendar calendar;
    static final String RESOURCE = "family";

    @Inject
    Programme programme;
    @Inject
    ClubRepository clubs;
    @Inject
    ClubEnrolmentRepository enrolments;
    @Inject
    ClubSessionRepository sessions;
    @Inject
    ReadinessAssessmentRepository readiness;
    @Inject
    KnownFamilyRepository families;
    @Inject
    AuditLog audit;


    @Transactional
    public ClubView create(ClubInput input) {
        programme.requireStaff("run clubs");
        Club c = new Club();
        c.id = UUID.randomUUID();
        c.organization = programme.organization();
        c.name = input.name().strip();
        c.place = input.place().strip();
        c.leaderName = input.leaderName().strip();
        c.capacity = input.capacity();
        c.schedule = input.schedule().strip();
        c.createdAt = calendar.now();
        clubs.persist(c);
        clubs.flush();
        return view(c);
    }

    @Transactional
    public Page<ClubView> list(PageRequest page) {
        programme.requireStaff("see clubs");
        String organization = programme.organization();
        PageRequest.Keyset<UUID> after = page.afterRow(id -> clubs.visible(id, organization, false).map(c -> c.name));
        List<Club> rows = clubs.page(organization, after == null ? null : after.key(), after == null ? null : after.id(),
                page.limit() + 1);
        Map<UUID, Map<Status, Long>> counts = enrolments.countsByClub(rows.stream().map(c -> c.id).toList());
        return page.page(rows, c -> {
            Map<Status, Long> of = counts.getOrDefault(c.id, Map.of());
            return new ClubView(c.id, c.name, c.place, c.leaderName, c.capacity, c.schedule,
                    of.getOrDefault(Status.ENROLLED, 0L), of.getOrDefault(Status.WAITING, 0L), List.of());
        }, c -> Cursor.ofRow(c.id));
    }

    @Transactional
    public ClubView get(UUID id) {
        programme.requireStaff("see clubs");
        Club c = club(id, false);
        ClubView view = view(c);
        audit.record("club.read", RESOURCE, view.children().stream().map(EnrolmentView::familyId).distinct().toList());
        return view;
    }

    /**
     * Enrols a child of preschool age (checked against the birth date on the day) with the family's consent to the
     * programme; a full club puts the child on its waiting list.
     */
    @Transactional
    public EnrolmentView enrol(UUID clubId, EnrolmentInput input) {
        programme.requireStaff("enrol children");
        Club c = club(clubId, true);
        KnownFamily family = programme.family(input.familyId(), "familyId");
        KnownFamilyMember child = programme.child(family, input.childId(), "childId");
        Integer age = Programme.age(child, programme.today());
        if (age == null) {
            throw ProblemException.invalid("childId", "has no birth date in the family's file; the age rule needs it");
        }
        if (!config.club().takes(age)) {
            throw ProblemException.invalid("childId", "is " + age + " years old; the club takes children from "
                    + config.club().minAge() + " to " + config.club().maxAge());
        }
        KnownConsent consent = programme.tutoringConsent(family.id, "familyId");
        if (enrolments.isIn(c.id, child.id)) {
            throw ProblemException.conflict("already-enrolled", "The child is already enrolled or waiting in this club.");
        }
        Instant now = calendar.now();
        ClubEnrolment e = new ClubEnrolment();
        e.id = UUID.randomUUID();
        e.clubId = c.id;
        e.familyId = family.id;
        e.childId = child.id;
        e.consentId = consent.id;
        e.requestedAt = now;
        e.status = enrolments.count(c.id, Status.ENROLLED) < c.capacity ? Status.ENROLLED : Status.WAITING;
        e.enrolledAt = e.status == Status.ENROLLED ? now : null;
        enrolments.persist(e);
        announce(e, c, now);
        audit.record("club.enrol", RESOURCE, List.of(family.id));
        enrolments.flush();
        return enrolmentView(e, family, waitingPosition(e));
    }

    /** A child leaves; the first child waiting takes the place. */
    @Transactional
    public ClubView leave(UUID clubId, UUID enrolmentId) {
        programme.requireStaff("manage enrolments");
        Club c = club(clubId, true);
        ClubEnrolment e = enrolment(c, enrolmentId);
        if (e.status == Status.LEFT) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "already-left", "The child has already left.")
                    .with("currentStatus", e.status.name()));
        }
        leave(c, e, calendar.now());
        audit.record("club.leave", RESOURCE, List.of(e.familyId));
        enrolments.flush();
        return view(c);
    }

    private void leave(Club c, ClubEnrolment e, Instant now) {
        boolean hadPlace = e.status == Status.ENROLLED;
        e.status = Status.LEFT;
        e.leftAt = now;
        announce(e, c, now);
        if (hadPlace) {
            enrolments.firstWaiting(c.id).ifPresent(next -> {
                        next.status = Status.ENROLLED;
                        next.enrolledAt = now;
                        announce(next, c, now);
                    });
        }
    }

    private void announce(ClubEnrolment e, Club c, Instant now) {
        programme.publish(EventType.TUTORING_CLUB_ENROLMENT, c.organization, e.familyId, e.childId, "enrolment", e.id,
                e.status.name(), now);
        notices.activity(e.familyId, "club-" + e.status.name().toLowerCase(java.util.Locale.ROOT),
                switch (e.status) {
                    case ENROLLED -> "A child enrolled in the preschool club of " + c.organization;
                    case WAITING -> "A child on the waiting list of the preschool club of " + c.organization;
                    case LEFT -> "A child left the preschool club of " + c.organization;
                }, java.util.Map.of("organization", c.organization), "club-enrolment", e.id, now);
    }

    /** The family's consent to the programme ended: its children leave the clubs. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onConsentEnded(@Observes FamilyProjection.ConsentEnded ended) {
        enrolments.currentOnConsent(ended.consentId()).forEach(e -> leave(clubs.findById(e.clubId), e, ended.at()));
    }

    /** A session with its attendance register: every enrolled child marked present or absent at once. */
    @Transactional
    public ClubSessionView recordSession(UUID clubId, ClubSessionInput input) {
        programme.requireStaff("take attendance");
        Club c = club(clubId, true);
        if (sessions.existsOn(c.id, input.date())) {
            throw ProblemException.conflict("session-exists", "The club's session on " + input.date() + " is already recorded.");
        }
        Map<UUID, ClubEnrolment> enrolled = new HashMap<>();
        enrolments.inStatus(c.id, Status.ENROLLED).forEach(e -> enrolled.put(e.id, e));
        for (int i = 0; i < input.attendance().size(); i++) {
            if (!enrolled.containsKey(input.attendance().get(i).enrolmentId())) {
                throw ProblemException.invalid("attendance[" + i + "].enrolmentId", "is not a child enrolled in this club");
            }
        }
        ClubSessionEntity s = new ClubSessionEntity();
        s.id = UUID.randomUUID();
        s.clubId = c.id;
        s.date = input.date();
        s.topic = Texts.blankToNull(input.topic());
        s.createdAt = calendar.now();
        sessions.persist(s);
        sessions.flush();
        Map<UUID, Boolean> present = new HashMap<>();
        input.attendance().forEach(p -> present.put(p.enrolmentId(), p.present()));
        for (ClubEnrolment e : enrolled.values()) {
            sessions.recordAttendance(s.id, e.id, present.getOrDefault(e.id, false));
        }
        long presentCount = present.values().stream().filter(Boolean::booleanValue).count();
        audit.record("club.attendance", RESOURCE, enrolled.values().stream().map(e -> e.familyId).distinct().toList());
        return new ClubSessionView(s.id, s.date, s.topic, enrolled.size(), presentCount);
    }

    @Transactional
    public ReadinessView assess(UUID clubId, UUID enrolmentId, ReadinessInput input) {
        programme.requireStaff("assess school readiness");
        ClubEnrolment e = enrolment(club(clubId, false), enrolmentId);
        for (String domain : input.scores().keySet()) {
            if (!config.readinessDomains().contains(domain)) {
                throw ProblemException.invalid("scores." + domain, "is not a readiness domain; they are " + config.readinessDomains());
            }
        }
        ReadinessAssessment a = readiness.forStage(e.id, input.stage()).orElse(null);
        boolean fresh = a == null;
        if (fresh) {
            a = new ReadinessAssessment();
            a.id = UUID.randomUUID();
            a.enrolmentId = e.id;
            a.stage = input.stage();
        }
        a.scores = Map.copyOf(input.scores());
        a.assessedOn = input.assessedOn();
        a.note = Texts.blankToNull(input.note());
        if (fresh) {
            readiness.persist(a);
        }
        audit.record("club.readiness", RESOURCE, List.of(e.familyId));
        return ReadinessView.of(a);
    }

    @Transactional
    public EnrolmentView recordSchoolEntry(UUID clubId, UUID enrolmentId, SchoolEntryInput input) {
        programme.requireStaff("record school entry");
        Club c = club(clubId, true);
        ClubEnrolment e = enrolment(c, enrolmentId);
        Instant now = calendar.now();
        e.schoolEntry = input.outcome();
        e.schoolName = Texts.blankToNull(input.school());
        e.schoolEntryOn = input.enteredOn();
        programme.publish(EventType.TUTORING_SCHOOL_ENTRY_RECORDED, c.organization, e.familyId, e.childId, "enrolment", e.id,
                input.outcome().name(), now);
        notices.activity(e.familyId, "school-entry", "School entry recorded: " + input.outcome(),
                java.util.Map.of("outcome", String.valueOf(input.outcome())), "club-enrolment", e.id, now);
        audit.record("club.school-entry", RESOURCE, List.of(e.familyId));
        enrolments.flush();
        return enrolmentView(e, families.findById(e.familyId), null);
    }

    /**
     * The child's places in the organization's clubs, with the register's lines from {@code from} (default: the first
     * request for a place) to {@code to} (default: today), readiness and school entry, as one audited read (the printable
     * club attendance summary). Programme staff only; a child with no place in the organization's clubs is 404.
     */
    @Transactional
    public ChildClubRecord childRecord(UUID childId, LocalDate from, LocalDate to) {
        programme.requireStaff("see club attendance");
        List<ClubEnrolment> places = enrolments.ofChild(childId, programme.organization());
        if (places.isEmpty()) {
            throw ProblemException.notFound("The child's club places");
        }
        LocalDate start = from != null ? from : LocalDate.ofInstant(places.get(0).requestedAt, calendar.zone());
        LocalDate end = to != null ? to : programme.today();
        if (end.isBefore(start)) {
            throw ProblemException.invalid(to != null ? "to" : "from", "the period ends before it starts");
        }
        List<UUID> ids = places.stream().map(e -> e.id).toList();
        Map<UUID, List<ClubAttendanceMark>> marks = sessions.attendance(ids, start, end).stream()
                .collect(Collectors.groupingBy(ClubAttendanceMark::enrolmentId));
        Map<UUID, List<ReadinessView>> assessed = readiness.ofEnrolments(ids).stream().map(ReadinessView::of)
                .collect(Collectors.groupingBy(ReadinessView::enrolmentId));
        List<UUID> familyIds = places.stream().map(e -> e.familyId).distinct().toList();
        KnownFamilyMember child = families.withMembers(familyIds).values().stream().flatMap(f -> f.members.stream())
                .filter(m -> m.id.equals(childId)).findFirst().orElse(null);
        audit.record("club.document", RESOURCE, familyIds);
        return new ChildClubRecord(childId, child == null ? null : child.firstName + " " + child.lastName,
                child == null ? null : child.birthDate, start, end, places.stream().map(e -> {
                    Club c = clubs.findById(e.clubId);
                    return new ChildClubPlace(c.name, c.place, c.leaderName, e.status, e.requestedAt, e.enrolledAt, e.leftAt,
                            marks.getOrDefault(e.id, List.of()), assessed.getOrDefault(e.id, List.of()), e.schoolEntry,
                            e.schoolName, e.schoolEntryOn);
                }).toList());
    }

    private Club club(UUID id, boolean lock) {
        return clubs.visible(id, programme.organization(), lock).orElseThrow(() -> ProblemException.notFound("The club"));
    }

    private ClubEnrolment enrolment(Club c, UUID enrolmentId) {
        ClubEnrolment e = enrolments.findById(enrolmentId);
        if (e == null || !e.clubId.equals(c.id)) {
            throw ProblemException.notFound("The enrolment");
        }
        return e;
    }

    private Integer waitingPosition(ClubEnrolment e) {
        if (e.status != Status.WAITING) {
            return null;
        }
        return enrolments.waitingPosition(e);
    }

    private ClubView view(Club c) {
        List<ClubEnrolment> current = enrolments.current(c.id);
        Map<UUID, KnownFamily> byId = families.withMembers(current.stream().map(e -> e.familyId).distinct().toList());
        int[] waiting = {0};
        List<EnrolmentView> children = current.stream().map(e -> enrolmentView(e, byId.get(e.familyId),
                e.status == Status.WAITING ? ++waiting[0] : null)).toList();
        return new ClubView(c.id, c.name, c.place, c.leaderName, c.capacity, c.schedule,
                children.stream().filter(x -> x.status() == Status.ENROLLED).count(), waiting[0], children);
    }

    private EnrolmentView enrolmentView(ClubEnrolment e, KnownFamily family, Integer waitingPosition) {
        KnownFamilyMember child = family == null ? null
                : family.members.stream().filter(m -> m.id.equals(e.childId)).findFirst().orElse(null);
        return new EnrolmentView(e.id, e.familyId, e.childId, child == null ? null : child.firstName + " " + child.lastName,
                child == null ? null : Programme.age(child, programme.today()), e.status, waitingPosition, e.enrolledAt,
                e.schoolEntry, e.schoolName);
    }
}
