package cz.opora.tutoring.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.events.EventType;
import cz.opora.projection.FamilyProjection;
import cz.opora.projection.KnownConsent;
import cz.opora.projection.KnownFamily;
import cz.opora.projection.KnownFamilyMember;
import cz.opora.tutoring.domain.Club;
import cz.opora.tutoring.domain.ClubEnrolment;
import cz.opora.tutoring.domain.ClubEnrolment.Status;
import cz.opora.tutoring.domain.ProgrammeRepository;
import cz.opora.tutoring.domain.ReadinessAssessment;
import cz.opora.tutoring.domain.ClubSessionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
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
    static final String RESOURCE = "family";

    @Inject
    Programme programme;
    @Inject
    ProgrammeRepository repository;
    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;

    @ConfigProperty(name = "opora.tutoring.readiness-domains")
    List<String> readinessDomains;

    @Schema(name = "ClubInput", examples = """
            {"name": "Předškoláček Cejl", "place": "Komunitní centrum Cejl 50, Brno", "leaderName": "Lucie Veselá",
             "capacity": 12, "schedule": "Tue and Thu 9:00-11:00"}""")
    public record Input(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 300) String place,
                        @NotBlank @Size(max = 200) String leaderName, @NotNull @Min(1) @Max(100) Integer capacity,
                        @NotBlank @Size(max = 500) String schedule) {
    }

    @Schema(name = "Club")
    public record View(UUID id, String name, String place, String leaderName, int capacity, String schedule,
                       long enrolled, long waiting, List<EnrolmentView> children) {
    }

    @Schema(name = "ClubEnrolment")
    public record EnrolmentView(UUID id, UUID familyId, UUID childId, String childName, Integer age, Status status,
                                @Schema(description = "Place on the waiting list, from 1") Integer waitingPosition,
                                Instant enrolledAt, ClubEnrolment.SchoolEntry schoolEntry, String schoolName) {
    }

    @Schema(name = "EnrolmentInput")
    public record Enrol(@NotNull UUID familyId, @NotNull UUID childId) {
    }

    @Schema(name = "ClubSessionInput", description = "A session and its attendance register, for the whole group at once",
            examples = """
            {"date": "2026-11-24", "topic": "Colours and shapes",
             "attendance": [{"enrolmentId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "present": true}]}""")
    public record SessionInput(@NotNull @PastOrPresent LocalDate date, @Size(max = 500) String topic,
                               @NotNull @Size(max = 100) List<@NotNull @Valid Presence> attendance) {
    }

    @Schema(name = "ClubSession")
    public record SessionView(UUID sessionId, LocalDate date, String topic, long enrolled, long present) {
    }

    @Schema(name = "Presence")
    public record Presence(@NotNull UUID enrolmentId, @NotNull Boolean present) {
    }

    @Schema(name = "ReadinessInput", examples = """
            {"stage": "ENTRY", "assessedOn": "2026-09-15",
             "scores": {"language": 2, "fine-motor": 3, "attention": 2, "social": 3, "self-care": 4}}""")
    public record Readiness(@NotNull ReadinessAssessment.Stage stage, @NotNull @PastOrPresent LocalDate assessedOn,
                            @Schema(description = "1 (needs much support) to 4 (ready), per configured domain")
                            @NotEmpty Map<@NotBlank String, @NotNull @Min(1) @Max(4) Integer> scores,
                            @Size(max = 2000) String note) {
    }

    @Schema(name = "SchoolEntryInput")
    public record SchoolEntry(@NotNull ClubEnrolment.SchoolEntry outcome, @Size(max = 200) String school,
                              @NotNull LocalDate enteredOn) {
    }

    @Transactional
    public View create(Input input) {
        programme.requireStaff("run clubs");
        Club c = new Club();
        c.id = UUID.randomUUID();
        c.organization = programme.organization();
        c.name = input.name().strip();
        c.place = input.place().strip();
        c.leaderName = input.leaderName().strip();
        c.capacity = input.capacity();
        c.schedule = input.schedule().strip();
        c.createdAt = Programme.now();
        em.persist(c);
        em.flush();
        return view(c);
    }

    @Transactional
    public List<View> list() {
        programme.requireStaff("see clubs");
        List<Club> clubs = em.createQuery("from Club c where c.organization = ?1 order by c.name, c.id", Club.class)
                .setParameter(1, programme.organization()).setMaxResults(200).getResultList();
        Map<String, Long> counts = new HashMap<>();
        if (!clubs.isEmpty()) {
            em.createQuery("select e.clubId, e.status, count(e) from ClubEnrolment e where e.clubId in ?1 and e.status <> ?2 "
                            + "group by e.clubId, e.status", Object[].class)
                    .setParameter(1, clubs.stream().map(c -> c.id).toList()).setParameter(2, Status.LEFT).getResultList()
                    .forEach(r -> counts.put(r[0] + "/" + r[1], (Long) r[2]));
        }
        return clubs.stream().map(c -> new View(c.id, c.name, c.place, c.leaderName, c.capacity, c.schedule,
                counts.getOrDefault(c.id + "/" + Status.ENROLLED, 0L), counts.getOrDefault(c.id + "/" + Status.WAITING, 0L),
                List.of())).toList();
    }

    @Transactional
    public View get(UUID id) {
        programme.requireStaff("see clubs");
        Club c = club(id, false);
        View view = view(c);
        audit.record("club.read", RESOURCE, view.children().stream().map(EnrolmentView::familyId).distinct().toList());
        return view;
    }

    /**
     * Enrols a child of preschool age (checked against the birth date on the day) with the family's consent to the
     * programme; a full club puts the child on its waiting list.
     */
    @Transactional
    public EnrolmentView enrol(UUID clubId, Enrol input) {
        programme.requireStaff("enrol children");
        Club c = club(clubId, true);
        KnownFamily family = programme.family(input.familyId(), "familyId");
        KnownFamilyMember child = programme.child(family, input.childId(), "childId");
        Integer age = Programme.age(child, programme.today());
        if (age == null) {
            throw ProblemException.invalid("childId", "has no birth date in the family's file; the age rule needs it");
        }
        if (age < programme.clubMinAge() || age > programme.clubMaxAge()) {
            throw ProblemException.invalid("childId", "is " + age + " years old; the club takes children from "
                    + programme.clubMinAge() + " to " + programme.clubMaxAge());
        }
        KnownConsent consent = programme.tutoringConsent(family.id, "familyId");
        boolean already = em.createQuery("select count(e) from ClubEnrolment e where e.clubId = ?1 and e.childId = ?2 "
                + "and e.status <> ?3", Long.class).setParameter(1, c.id).setParameter(2, child.id)
                .setParameter(3, Status.LEFT).getSingleResult() > 0;
        if (already) {
            throw ProblemException.conflict("already-enrolled", "The child is already enrolled or waiting in this club.");
        }
        Instant now = Programme.now();
        ClubEnrolment e = new ClubEnrolment();
        e.id = UUID.randomUUID();
        e.clubId = c.id;
        e.familyId = family.id;
        e.childId = child.id;
        e.consentId = consent.id;
        e.requestedAt = now;
        e.status = count(c.id, Status.ENROLLED) < c.capacity ? Status.ENROLLED : Status.WAITING;
        e.enrolledAt = e.status == Status.ENROLLED ? now : null;
        em.persist(e);
        announce(e, c, now);
        audit.record("club.enrol", RESOURCE, List.of(family.id));
        em.flush();
        return enrolmentView(e, family, waitingPosition(e));
    }

    /** A child leaves; the first child waiting takes the place. */
    @Transactional
    public View leave(UUID clubId, UUID enrolmentId) {
        programme.requireStaff("manage enrolments");
        Club c = club(clubId, true);
        ClubEnrolment e = enrolment(c, enrolmentId);
        if (e.status == Status.LEFT) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "already-left", "The child has already left.")
                    .with("currentStatus", e.status.name()));
        }
        leave(c, e, Programme.now());
        audit.record("club.leave", RESOURCE, List.of(e.familyId));
        em.flush();
        return view(c);
    }

    private void leave(Club c, ClubEnrolment e, Instant now) {
        boolean hadPlace = e.status == Status.ENROLLED;
        e.status = Status.LEFT;
        e.leftAt = now;
        announce(e, c, now);
        if (hadPlace) {
            em.createQuery("from ClubEnrolment e where e.clubId = ?1 and e.status = ?2 order by e.requestedAt, e.id",
                            ClubEnrolment.class).setParameter(1, c.id).setParameter(2, Status.WAITING).setMaxResults(1)
                    .getResultStream().findFirst().ifPresent(next -> {
                        next.status = Status.ENROLLED;
                        next.enrolledAt = now;
                        announce(next, c, now);
                    });
        }
    }

    private void announce(ClubEnrolment e, Club c, Instant now) {
        programme.publish(EventType.TUTORING_CLUB_ENROLMENT, c.organization, e.familyId, e.childId, "enrolment", e.id,
                e.status.name(), now);
        programme.timeline(e.familyId, "club-" + e.status.name().toLowerCase(java.util.Locale.ROOT),
                switch (e.status) {
                    case ENROLLED -> "A child enrolled in the preschool club of " + c.organization;
                    case WAITING -> "A child on the waiting list of the preschool club of " + c.organization;
                    case LEFT -> "A child left the preschool club of " + c.organization;
                }, java.util.Map.of("organization", c.organization), "club-enrolment", e.id, now);
    }

    /** The family's consent to the programme ended: its children leave the clubs. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onConsentEnded(@Observes FamilyProjection.ConsentEnded ended) {
        em.createQuery("from ClubEnrolment e where e.consentId = ?1 and e.status <> ?2", ClubEnrolment.class)
                .setParameter(1, ended.consentId()).setParameter(2, Status.LEFT).getResultList()
                .forEach(e -> leave(em.find(Club.class, e.clubId), e, ended.at()));
    }

    /** A session with its attendance register: every enrolled child marked present or absent at once. */
    @Transactional
    public SessionView recordSession(UUID clubId, SessionInput input) {
        programme.requireStaff("take attendance");
        Club c = club(clubId, true);
        Long existing = (Long) em.createQuery("select count(s) from ClubSessionEntity s where s.clubId = ?1 and s.date = ?2")
                .setParameter(1, c.id).setParameter(2, input.date()).getSingleResult();
        if (existing > 0) {
            throw ProblemException.conflict("session-exists", "The club's session on " + input.date() + " is already recorded.");
        }
        Map<UUID, ClubEnrolment> enrolled = new HashMap<>();
        em.createQuery("from ClubEnrolment e where e.clubId = ?1 and e.status = ?2", ClubEnrolment.class)
                .setParameter(1, c.id).setParameter(2, Status.ENROLLED).getResultList().forEach(e -> enrolled.put(e.id, e));
        for (int i = 0; i < input.attendance().size(); i++) {
            if (!enrolled.containsKey(input.attendance().get(i).enrolmentId())) {
                throw ProblemException.invalid("attendance[" + i + "].enrolmentId", "is not a child enrolled in this club");
            }
        }
        ClubSessionEntity s = new ClubSessionEntity();
        s.id = UUID.randomUUID();
        s.clubId = c.id;
        s.date = input.date();
        s.topic = Programme.blankToNull(input.topic());
        s.createdAt = Programme.now();
        em.persist(s);
        em.flush();
        Map<UUID, Boolean> present = new HashMap<>();
        input.attendance().forEach(p -> present.put(p.enrolmentId(), p.present()));
        for (ClubEnrolment e : enrolled.values()) {
            em.createNativeQuery("INSERT INTO club_attendance (session_id, enrolment_id, present) VALUES (?1, ?2, ?3)")
                    .setParameter(1, s.id).setParameter(2, e.id).setParameter(3, present.getOrDefault(e.id, false)).executeUpdate();
        }
        long presentCount = present.values().stream().filter(Boolean::booleanValue).count();
        audit.record("club.attendance", RESOURCE, enrolled.values().stream().map(e -> e.familyId).distinct().toList());
        return new SessionView(s.id, s.date, s.topic, enrolled.size(), presentCount);
    }

    @Transactional
    public ReadinessAssessment assess(UUID clubId, UUID enrolmentId, Readiness input) {
        programme.requireStaff("assess school readiness");
        ClubEnrolment e = enrolment(club(clubId, false), enrolmentId);
        for (String domain : input.scores().keySet()) {
            if (!readinessDomains.contains(domain)) {
                throw ProblemException.invalid("scores." + domain, "is not a readiness domain; they are " + readinessDomains);
            }
        }
        ReadinessAssessment a = em.createQuery("from ReadinessAssessment a where a.enrolmentId = ?1 and a.stage = ?2",
                        ReadinessAssessment.class).setParameter(1, e.id).setParameter(2, input.stage())
                .getResultStream().findFirst().orElse(null);
        boolean fresh = a == null;
        if (fresh) {
            a = new ReadinessAssessment();
            a.id = UUID.randomUUID();
            a.enrolmentId = e.id;
            a.stage = input.stage();
        }
        a.scores = Map.copyOf(input.scores());
        a.assessedOn = input.assessedOn();
        a.note = Programme.blankToNull(input.note());
        if (fresh) {
            em.persist(a);
        }
        audit.record("club.readiness", RESOURCE, List.of(e.familyId));
        return a;
    }

    @Transactional
    public EnrolmentView recordSchoolEntry(UUID clubId, UUID enrolmentId, SchoolEntry input) {
        programme.requireStaff("record school entry");
        Club c = club(clubId, true);
        ClubEnrolment e = enrolment(c, enrolmentId);
        Instant now = Programme.now();
        e.schoolEntry = input.outcome();
        e.schoolName = Programme.blankToNull(input.school());
        e.schoolEntryOn = input.enteredOn();
        programme.publish(EventType.TUTORING_SCHOOL_ENTRY_RECORDED, c.organization, e.familyId, e.childId, "enrolment", e.id,
                input.outcome().name(), now);
        programme.timeline(e.familyId, "school-entry", "School entry recorded: " + input.outcome(),
                java.util.Map.of("outcome", String.valueOf(input.outcome())), "club-enrolment", e.id, now);
        audit.record("club.school-entry", RESOURCE, List.of(e.familyId));
        em.flush();
        return enrolmentView(e, em.find(KnownFamily.class, e.familyId), null);
    }

    private Club club(UUID id, boolean lock) {
        return repository.club(id, programme.organization(), lock).orElseThrow(() -> ProblemException.notFound("The club"));
    }

    private ClubEnrolment enrolment(Club c, UUID enrolmentId) {
        ClubEnrolment e = em.find(ClubEnrolment.class, enrolmentId);
        if (e == null || !e.clubId.equals(c.id)) {
            throw ProblemException.notFound("The enrolment");
        }
        return e;
    }

    private long count(UUID clubId, Status status) {
        return em.createQuery("select count(e) from ClubEnrolment e where e.clubId = ?1 and e.status = ?2", Long.class)
                .setParameter(1, clubId).setParameter(2, status).getSingleResult();
    }

    private Integer waitingPosition(ClubEnrolment e) {
        if (e.status != Status.WAITING) {
            return null;
        }
        return (int) (long) em.createQuery("select count(w) from ClubEnrolment w where w.clubId = ?1 and w.status = ?2 "
                        + "and (w.requestedAt < ?3 or (w.requestedAt = ?3 and w.id <= ?4))", Long.class)
                .setParameter(1, e.clubId).setParameter(2, Status.WAITING).setParameter(3, e.requestedAt).setParameter(4, e.id)
                .getSingleResult();
    }

    private View view(Club c) {
        List<ClubEnrolment> enrolments = em.createQuery("from ClubEnrolment e where e.clubId = ?1 and e.status <> ?2 "
                        + "order by e.status, e.requestedAt, e.id", ClubEnrolment.class)
                .setParameter(1, c.id).setParameter(2, Status.LEFT).getResultList();
        Map<UUID, KnownFamily> families = new HashMap<>();
        List<UUID> ids = enrolments.stream().map(e -> e.familyId).distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("select distinct f from KnownFamily f left join fetch f.members where f.id in ?1", KnownFamily.class)
                    .setParameter(1, ids).getResultList().forEach(f -> families.put(f.id, f));
        }
        int[] waiting = {0};
        List<EnrolmentView> children = enrolments.stream().map(e -> enrolmentView(e, families.get(e.familyId),
                e.status == Status.WAITING ? ++waiting[0] : null)).toList();
        return new View(c.id, c.name, c.place, c.leaderName, c.capacity, c.schedule,
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
