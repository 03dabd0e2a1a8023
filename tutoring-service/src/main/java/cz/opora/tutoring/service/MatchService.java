package cz.opora.tutoring.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.events.EventType;
import cz.opora.projection.FamilyProjection;
import cz.opora.projection.KnownConsent;
import cz.opora.projection.KnownFamily;
import cz.opora.projection.KnownFamilyMember;
import cz.opora.tutoring.domain.ProgrammeRepository;
import cz.opora.tutoring.domain.SchoolProgress;
import cz.opora.tutoring.domain.Tutor;
import cz.opora.tutoring.domain.TutoringMatch;
import cz.opora.tutoring.domain.TutoringMatch.Status;
import cz.opora.tutoring.domain.TutoringSession;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Matches of a tutor and a child, their sessions and the child's school progress. Staff propose, start, pause and end
 * matches; a tutor sees and records only the own matches (404 otherwise) and never more of the family than the match
 * needs. A run of missed sessions alerts the family's SAS worker through its timeline.
 * <p>
 * An ended match keeps what the programme must keep for its own records (tutor, dates, schedule, subjects, sessions'
 * dates and durations, the outcome) and shows nothing that identifies or locates the child ({@link #showsChild}): to
 * its former tutor once it ended for any reason, to the programme's staff once the consent ended (withdrawn or
 * expired), when the identifying fields are also dropped from the record ({@link TutoringMatch#dropIdentifying}).
 */
@ApplicationScoped
public class MatchService {
    static final String RESOURCE = "family";

    @Inject
    Programme programme;
    @Inject
    ProgrammeRepository repository;
    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;

    @Schema(name = "MatchInput", examples = """
            {"tutorId": "3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f", "familyId": "5f0c3d6a-8b2e-4f1a-9c7d-1e2f3a4b5c6d",
             "childId": "8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e", "place": "Bratislavská 41, Brno (ubytovna, pokoj 12)",
             "schedule": "Mon and Wed 16:00-17:30", "school": "ZŠ Merhautova", "schoolClass": "3.B",
             "sasContactName": "Martin Dvořák", "sasContactPhone": "+420 543 000 111", "subjects": ["math", "czech"],
             "goals": "Reading fluently; the school reports gaps in multiplication."}""")
    public record Input(@NotNull UUID tutorId, @NotNull UUID familyId, @NotNull UUID childId,
                        @Schema(description = "Where the tutor visits: the family's home") @NotBlank @Size(max = 300) String place,
                        @NotBlank @Size(max = 500) String schedule,
                        @Size(max = 200) String school, @Size(max = 40) String schoolClass,
                        @Schema(description = "The child's SAS worker, the tutor's contact") @NotBlank @Size(max = 200) String sasContactName,
                        @Size(max = 40) String sasContactPhone,
                        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 60) String> subjects,
                        @Schema(description = "Subjects and what the school reports") @NotBlank @Size(max = 4000) String goals) {
    }

    @Schema(name = "Match", description = "What a tutor may know of the child while the match runs: name, age, school, "
            + "class, the place, the SAS contact. Once it ended (for the tutor) or its consent ended (for everyone), "
            + "childDetailsWithheld is true and those fields, the goals and the end note are null.")
    public record View(UUID id, UUID tutorId, String tutorName, UUID familyId, UUID childId, String childName,
                       Integer childAge, String place, String schedule, String school, String schoolClass,
                       String sasContactName, String sasContactPhone, String sasOrganization, List<String> subjects,
                       String goals, Status status, TutoringMatch.EndReason endReason, String endNote,
                       int consecutiveMissed, Instant startedAt, Instant endedAt, Instant consentEndedAt,
                       boolean childDetailsWithheld, long version) {
    }

    @Schema(name = "MatchEnd")
    public record End(@NotNull TutoringMatch.EndReason reason, @Size(max = 2000) String note) {
    }

    @Schema(name = "SessionInput", examples = """
            {"date": "2026-11-23", "held": true, "durationMinutes": 90, "childPresent": true, "parentPresent": true,
             "subjects": ["math"], "workedOn": "Multiplication by 6 and 7; reading a short story aloud.",
             "noteForSas": "The mother asked about the school trip fee."}""")
    public record SessionInput(@NotNull @PastOrPresent LocalDate date,
                               @Schema(description = "false: the session was missed (nobody home, cancelled)") @NotNull Boolean held,
                               @Min(0) @Max(480) Integer durationMinutes, Boolean childPresent, Boolean parentPresent,
                               @Size(max = 10) List<@NotBlank @Size(max = 60) String> subjects,
                               @Size(max = 4000) String workedOn,
                               @Schema(description = "For the child's SAS worker") @Size(max = 2000) String noteForSas) {
    }

    @Schema(name = "Session", description = "workedOn and noteForSas are null where the match withholds the child's details")
    public record SessionView(UUID id, LocalDate date, boolean held, int durationMinutes, boolean childPresent,
                              boolean parentPresent, List<String> subjects, String workedOn, String noteForSas) {
        static SessionView of(TutoringSession s, boolean showsChild) {
            return new SessionView(s.id, s.date, s.held, s.durationMinutes, s.childPresent, s.parentPresent,
                    Arrays.asList(s.subjects), showsChild ? s.workedOn : null, showsChild ? s.noteForSas : null);
        }
    }

    @Schema(name = "SchoolProgressInput", examples = """
            {"term": "2026/27-1", "grades": [{"subject": "math", "grade": 3, "teacherFeedback": "Better at multiplication."}],
             "attendancePercent": 88, "movedUp": null}""")
    public record ProgressInput(@NotBlank @Pattern(regexp = "\\d{4}/\\d{2}-[12]", message = "must be a school year and half, e.g. 2026/27-1") String term,
                                @NotNull @Size(max = 20) List<@NotNull @Valid GradeInput> grades,
                                @Min(0) @Max(100) Integer attendancePercent,
                                @Schema(description = "At the end of the school year: whether the child moved up") Boolean movedUp) {
    }

    @Schema(name = "Grade")
    public record GradeInput(@NotBlank @Size(max = 60) String subject, @Min(1) @Max(5) Integer grade,
                             @Size(max = 2000) String teacherFeedback) {
    }

    @Transactional
    public View propose(Input input) {
        programme.requireStaff("match tutors with children");
        Tutor tutor = repository.tutor(input.tutorId(), programme.organization())
                .orElseThrow(() -> ProblemException.invalid("tutorId", "is not a tutor of your programme"));
        tutor.notMatchableBecause(programme.today(), programme.criminalRecordValidity()).ifPresent(why -> {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "tutor-not-vetted",
                    "The tutor cannot be matched: " + why + ".").with("tutorId", tutor.id.toString()));
        });
        KnownFamily family = programme.family(input.familyId(), "familyId");
        KnownFamilyMember child = programme.child(family, input.childId(), "childId");
        KnownConsent consent = programme.tutoringConsent(family.id, "familyId");
        Instant now = Programme.now();
        TutoringMatch m = new TutoringMatch();
        m.id = UUID.randomUUID();
        m.organization = programme.organization();
        m.tutorId = tutor.id;
        m.familyId = family.id;
        m.childId = child.id;
        m.consentId = consent.id;
        m.place = input.place().strip();
        m.schedule = input.schedule().strip();
        m.school = Programme.blankToNull(input.school());
        m.schoolClass = Programme.blankToNull(input.schoolClass());
        m.sasContactName = input.sasContactName().strip();
        m.sasContactPhone = Programme.blankToNull(input.sasContactPhone());
        m.sasOrganization = family.owningOrganization;
        m.subjects = input.subjects().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        m.goals = input.goals().strip();
        m.status = Status.PROPOSED;
        m.createdAt = now;
        m.updatedAt = now;
        em.persist(m);
        audit.record("match.propose", RESOURCE, List.of(family.id));
        return flushed(m);
    }

    @Transactional
    public View get(UUID id) {
        TutoringMatch m = visible(id, false);
        audit.record("match.read", RESOURCE, List.of(m.familyId));
        return view(m, tutors(List.of(m)), families(List.of(m)), showsChild(m));
    }

    @Transactional
    public Page<View> list(PageRequest page) {
        List<TutoringMatch> rows = repository.matches(programme.organization(), programme.onlyTutor(), page.afterTime(),
                page.afterId(), page.limit() + 1);
        List<TutoringMatch> shown = rows.subList(0, Math.min(rows.size(), page.limit()));
        Map<UUID, Tutor> tutors = tutors(shown);
        Map<UUID, KnownFamily> families = families(shown);
        audit.record("match.list", RESOURCE, shown.stream().map(m -> m.familyId).distinct().toList());
        return page.page(rows, m -> view(m, tutors, families, showsChild(m)), m -> Cursor.of(m.createdAt, m.id));
    }

    @Transactional
    public View start(UUID id, String ifMatch) {
        return transition(id, ifMatch, EnumSet.of(Status.PROPOSED), Status.ACTIVE, "start");
    }

    @Transactional
    public View pause(UUID id, String ifMatch) {
        return transition(id, ifMatch, EnumSet.of(Status.ACTIVE), Status.PAUSED, "pause");
    }

    @Transactional
    public View resume(UUID id, String ifMatch) {
        return transition(id, ifMatch, EnumSet.of(Status.PAUSED), Status.ACTIVE, "resume");
    }

    private View transition(UUID id, String ifMatch, Set<Status> from, Status to, String what) {
        programme.requireStaff(what + " matches");
        TutoringMatch m = lockFrom(id, from, what);
        ETags.checkIfPresent(ifMatch, m.version);
        Instant now = Programme.now();
        if (to == Status.ACTIVE) {
            Tutor tutor = em.find(Tutor.class, m.tutorId);
            tutor.notMatchableBecause(programme.today(), programme.criminalRecordValidity()).ifPresent(why -> {
                throw new ProblemException(Problem.of(Response.Status.CONFLICT, "tutor-not-vetted",
                        "The tutor cannot visit the child: " + why + ".").with("tutorId", tutor.id.toString()));
            });
            programme.tutoringConsent(m.familyId, "familyId");
            m.startedAt = m.startedAt == null ? now : m.startedAt;
        }
        m.status = to;
        m.updatedAt = now;
        if (to == Status.ACTIVE && "start".equals(what)) {
            programme.publish(EventType.TUTORING_MATCH_STARTED, m.organization, m.familyId, m.childId, "match", m.id, to.name(), now);
            programme.timeline(m.familyId, "match-started", m.organization + " started home tutoring of a child",
                    java.util.Map.of("organization", m.organization), "tutoring-match", m.id, now);
        } else if (to == Status.PAUSED) {
            programme.publish(EventType.TUTORING_MATCH_PAUSED, m.organization, m.familyId, m.childId, "match", m.id, to.name(), now);
        }
        audit.record("match." + what, RESOURCE, List.of(m.familyId));
        return flushed(m);
    }

    @Transactional
    public View end(UUID id, String ifMatch, End input) {
        programme.requireStaff("end matches");
        TutoringMatch m = lockFrom(id, EnumSet.of(Status.PROPOSED, Status.ACTIVE, Status.PAUSED), "end");
        ETags.checkIfPresent(ifMatch, m.version);
        end(m, input.reason(), Programme.blankToNull(input.note()), Programme.now());
        audit.record("match.end", RESOURCE, List.of(m.familyId));
        return flushed(m);
    }

    private void end(TutoringMatch m, TutoringMatch.EndReason reason, String note, Instant now) {
        m.status = Status.ENDED;
        m.endReason = reason;
        m.endNote = note;
        m.endedAt = now;
        m.updatedAt = now;
        programme.publish(EventType.TUTORING_MATCH_ENDED, m.organization, m.familyId, m.childId, "match", m.id, reason.name(), now);
        programme.timeline(m.familyId, "match-ended", "Home tutoring of a child ended (" + reason + ")",
                java.util.Map.of("reason", String.valueOf(reason)), "tutoring-match", m.id, now);
    }

    /**
     * The family withdrew (or let expire) its consent to tutoring: every match on it ends, and every match on it (also
     * those that had ended before) drops what identifies or locates the child.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onConsentEnded(@Observes FamilyProjection.ConsentEnded ended) {
        TutoringMatch.EndReason reason = "CONSENT_WITHDRAWN".equals(ended.reasonCode())
                ? TutoringMatch.EndReason.CONSENT_WITHDRAWN : TutoringMatch.EndReason.CONSENT_EXPIRED;
        for (TutoringMatch m : em.createQuery("from TutoringMatch m where m.consentId = ?1 and m.consentEndedAt is null",
                TutoringMatch.class).setParameter(1, ended.consentId()).getResultList()) {
            if (m.status != Status.ENDED) {
                end(m, reason, null, ended.at());
            }
            m.dropIdentifying(ended.at());
        }
    }

    /**
     * The case file a match was about was erased: the eraser's own matches go with it; every other match stays as
     * its programme's record, ended, without what identifies or locates the child, detached from the erased file.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onErased(@Observes FamilyProjection.FamilyErasedHere erased) {
        if (erased.owningOrganization() != null) {
            em.createNativeQuery("DELETE FROM tutoring_match WHERE family_id = ?1 AND organization = ?2")
                    .setParameter(1, erased.familyId()).setParameter(2, erased.owningOrganization()).executeUpdate();
        }
        Instant now = Instant.now();
        for (TutoringMatch m : em.createQuery("from TutoringMatch m where m.familyId = ?1", TutoringMatch.class)
                .setParameter(1, erased.familyId()).getResultList()) {
            if (m.status != Status.ENDED) {
                m.status = Status.ENDED;
                m.endReason = TutoringMatch.EndReason.OTHER;
                m.endedAt = now;
            }
            m.endNote = null;
            m.dropIdentifying(now);
            m.familyErasedAt = now;
            m.updatedAt = now;
        }
    }

    /**
     * Whether the caller sees what identifies or locates the child (name, age, place, school and class, the SAS
     * contact, goals, notes, the teacher's words): never once the consent ended; the tutor only while the match has
     * not ended; the programme's staff also after an ordinary end, as the programme's own record while the consent
     * lasts.
     */
    private boolean showsChild(TutoringMatch m) {
        return m.consentEndedAt == null && (m.status != Status.ENDED || programme.staff());
    }

    /**
     * A session, held or missed, recorded by the match's tutor or the staff. Missed sessions in a row reaching the
     * configured number alert the family's SAS worker (once per run; a held session starts the count again).
     */
    @Transactional
    public SessionView recordSession(UUID matchId, SessionInput input) {
        TutoringMatch m = visible(matchId, true);
        if (m.status != Status.ACTIVE) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "match-not-active",
                    "Sessions are recorded while the match is ACTIVE; it is " + m.status + ".").with("currentStatus", m.status.name()));
        }
        boolean held = input.held();
        if (held && (input.durationMinutes() == null || input.durationMinutes() < 1)) {
            throw ProblemException.invalid("durationMinutes", "is required for a session that was held");
        }
        Long existing = em.createQuery("select count(s) from TutoringSession s where s.matchId = ?1 and s.date = ?2", Long.class)
                .setParameter(1, m.id).setParameter(2, input.date()).getSingleResult();
        if (existing > 0) {
            throw ProblemException.conflict("session-exists", "A session on " + input.date() + " is already recorded for this match.");
        }
        Instant now = Programme.now();
        TutoringSession s = new TutoringSession();
        s.id = UUID.randomUUID();
        s.matchId = m.id;
        s.date = input.date();
        s.held = held;
        s.durationMinutes = held ? input.durationMinutes() : 0;
        s.childPresent = held && !Boolean.FALSE.equals(input.childPresent());
        s.parentPresent = Boolean.TRUE.equals(input.parentPresent());
        s.subjects = (input.subjects() == null ? List.<String>of() : input.subjects()).stream()
                .map(x -> x.strip().toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        s.workedOn = Programme.blankToNull(input.workedOn());
        s.noteForSas = Programme.blankToNull(input.noteForSas());
        s.recordedBy = caller.username();
        s.createdAt = now;
        em.persist(s);
        programme.publish(EventType.TUTORING_SESSION_RECORDED, m.organization, m.familyId, m.childId, "session", s.id,
                held ? "HELD" : "MISSED", now);
        programme.timeline(m.familyId, held ? "session-held" : "session-missed", held
                ? "Tutoring session held (" + s.durationMinutes + " min" + (s.parentPresent ? ", a parent present" : "") + ")"
                : "Tutoring session missed", held ? java.util.Map.of("minutes", String.valueOf(s.durationMinutes),
                        "parentPresent", String.valueOf(s.parentPresent)) : java.util.Map.of(), "tutoring-match", m.id, now);
        m.consecutiveMissed = held ? 0 : m.consecutiveMissed + 1;
        m.updatedAt = now;
        if (!held && m.consecutiveMissed == programme.missedSessionsAlert()) {
            programme.publish(EventType.TUTORING_ABSENCE_ALERT, m.organization, m.familyId, m.childId, "match", m.id,
                    m.consecutiveMissed + " missed", now);
            programme.timeline(m.familyId, "absence-alert", "Absence alert: " + m.consecutiveMissed
                    + " tutoring sessions missed in a row", java.util.Map.of("missed", String.valueOf(m.consecutiveMissed)),
                    "tutoring-match", m.id, now);
        }
        audit.record("session.record", RESOURCE, List.of(m.familyId));
        return SessionView.of(s, true);
    }

    @Transactional
    public List<SessionView> sessions(UUID matchId) {
        TutoringMatch m = visible(matchId, false);
        audit.record("session.list", RESOURCE, List.of(m.familyId));
        boolean showsChild = showsChild(m);
        return em.createQuery("from TutoringSession s where s.matchId = ?1 order by s.date desc", TutoringSession.class)
                .setParameter(1, m.id).setMaxResults(500).getResultList().stream().map(s -> SessionView.of(s, showsChild)).toList();
    }

    @Transactional
    public SchoolProgress recordProgress(UUID matchId, ProgressInput input) {
        TutoringMatch m = visible(matchId, true);
        if (!showsChild(m)) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "match-ended",
                    "The match has ended; its school progress is closed.").with("currentStatus", m.status.name()));
        }
        SchoolProgress p = em.createQuery("from SchoolProgress p where p.matchId = ?1 and p.term = ?2", SchoolProgress.class)
                .setParameter(1, m.id).setParameter(2, input.term()).getResultStream().findFirst().orElse(null);
        boolean fresh = p == null;
        if (fresh) {
            p = new SchoolProgress();
            p.id = UUID.randomUUID();
            p.matchId = m.id;
            p.term = input.term();
        }
        p.grades = input.grades().stream().map(g -> new SchoolProgress.Grade(g.subject().strip().toLowerCase(Locale.ROOT),
                g.grade(), Programme.blankToNull(g.teacherFeedback()))).toList();
        p.attendancePercent = input.attendancePercent();
        p.movedUp = input.movedUp();
        p.recordedAt = Programme.now();
        if (fresh) {
            em.persist(p);
        }
        audit.record("progress.record", RESOURCE, List.of(m.familyId));
        return p;
    }

    @Transactional
    public List<SchoolProgress> progress(UUID matchId) {
        TutoringMatch m = visible(matchId, false);
        audit.record("progress.read", RESOURCE, List.of(m.familyId));
        List<SchoolProgress> terms = em.createQuery("from SchoolProgress p where p.matchId = ?1 order by p.term", SchoolProgress.class)
                .setParameter(1, m.id).getResultList();
        return showsChild(m) ? terms : terms.stream().map(SchoolProgress::withoutTeachersWords).toList();
    }

    private TutoringMatch visible(UUID id, boolean lock) {
        return repository.match(id, programme.organization(), programme.onlyTutor(), lock)
                .orElseThrow(() -> ProblemException.notFound("The match"));
    }

    private TutoringMatch lockFrom(UUID id, Set<Status> from, String what) {
        TutoringMatch m = visible(id, true);
        if (!from.contains(m.status)) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "invalid-transition",
                    "A match that is " + m.status + " cannot " + what + "; it can from "
                            + from.stream().map(Enum::name).sorted().toList() + ".").with("currentStatus", m.status.name()));
        }
        return m;
    }

    private View flushed(TutoringMatch m) {
        em.flush();
        return view(m, tutors(List.of(m)), families(List.of(m)), showsChild(m));
    }

    private Map<UUID, Tutor> tutors(List<TutoringMatch> matches) {
        Map<UUID, Tutor> result = new HashMap<>();
        List<UUID> ids = matches.stream().map(m -> m.tutorId).distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("from Tutor t where t.id in ?1", Tutor.class).setParameter(1, ids).getResultList()
                    .forEach(t -> result.put(t.id, t));
        }
        return result;
    }

    private Map<UUID, KnownFamily> families(List<TutoringMatch> matches) {
        Map<UUID, KnownFamily> result = new HashMap<>();
        List<UUID> ids = matches.stream().map(m -> m.familyId).distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("select distinct f from KnownFamily f left join fetch f.members where f.id in ?1", KnownFamily.class)
                    .setParameter(1, ids).getResultList().forEach(f -> result.put(f.id, f));
        }
        return result;
    }

    private View view(TutoringMatch m, Map<UUID, Tutor> tutors, Map<UUID, KnownFamily> families, boolean showsChild) {
        KnownFamily family = families.get(m.familyId);
        KnownFamilyMember child = family == null || !showsChild ? null
                : family.members.stream().filter(x -> x.id.equals(m.childId)).findFirst().orElse(null);
        Tutor tutor = tutors.get(m.tutorId);
        return new View(m.id, m.tutorId, tutor == null ? null : tutor.name, m.familyId, m.childId,
                child == null ? null : child.firstName + " " + child.lastName,
                child == null ? null : Programme.age(child, programme.today()), showsChild ? m.place : null, m.schedule,
                showsChild ? m.school : null, showsChild ? m.schoolClass : null, showsChild ? m.sasContactName : null,
                showsChild ? m.sasContactPhone : null, m.sasOrganization, Arrays.asList(m.subjects),
                showsChild ? m.goals : null, m.status, m.endReason, showsChild ? m.endNote : null, m.consecutiveMissed,
                m.startedAt, m.endedAt, m.consentEndedAt, !showsChild, m.version);
    }

    @Schema(name = "FamilyTutoring", description = "What the family's own organization (its SAS worker) sees of the tutoring")
    public record FamilyTutoring(UUID familyId, List<View> matches, Map<UUID, List<SessionView>> sessionsByMatch) {
    }

    /** For the family's own organization: its children's matches and their sessions, with the notes for the SAS worker. */
    @Transactional
    public FamilyTutoring forFamily(UUID familyId) {
        KnownFamily family = em.find(KnownFamily.class, familyId);
        if (family == null || !family.owningOrganization.equals(caller.organization())) {
            throw ProblemException.notFound("The family");
        }
        List<TutoringMatch> matches = em.createQuery("from TutoringMatch m where m.familyId = ?1 order by m.createdAt desc",
                TutoringMatch.class).setParameter(1, familyId).getResultList();
        Map<UUID, List<SessionView>> sessions = new HashMap<>();
        if (!matches.isEmpty()) {
            em.createQuery("from TutoringSession s where s.matchId in ?1 order by s.date desc", TutoringSession.class)
                    .setParameter(1, matches.stream().map(m -> m.id).toList()).setMaxResults(1000).getResultList()
                    .forEach(s -> sessions.computeIfAbsent(s.matchId, k -> new java.util.ArrayList<>()).add(SessionView.of(s, true)));
        }
        Map<UUID, Tutor> tutors = tutors(matches);
        Map<UUID, KnownFamily> families = Map.of(family.id, family);
        audit.record("tutoring.family", RESOURCE, List.of(familyId));
        // The family's own organization holds the child's file: it sees the child's name; what the programme dropped
        // when the consent ended (place, school, SAS contact) is gone for everyone.
        return new FamilyTutoring(familyId, matches.stream().map(m -> view(m, tutors, families, true)).toList(), sessions);
    }
}
