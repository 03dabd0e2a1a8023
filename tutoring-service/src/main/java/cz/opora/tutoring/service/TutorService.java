package cz.opora.tutoring.service;

import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.ProblemException;
import cz.opora.tutoring.domain.ProgrammeRepository;
import cz.opora.tutoring.domain.Tutor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The programme's tutors and their vetting; staff maintain them, a tutor reads the own record. */
@ApplicationScoped
public class TutorService {
    @Inject
    Programme programme;
    @Inject
    ProgrammeRepository repository;
    @Inject
    EntityManager em;

    @Schema(name = "TutorInput", examples = """
            {"name": "Tomáš Beneš", "username": "tutor.benes", "email": "benes@example.cz", "subjects": ["math", "czech"],
             "languages": ["czech"], "availability": "Mon and Wed afternoons", "agreementSignedOn": "2026-09-01",
             "trainingCompletedOn": "2026-09-15", "criminalRecordDate": "2026-08-20", "active": true}""")
    public record Input(@NotBlank @Size(max = 200) String name,
                        @Schema(description = "The tutor's login name, if the tutor records sessions in Opora") @Size(max = 100) String username,
                        @Email @Size(max = 200) String email, @Size(max = 40) String phone,
                        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 60) String> subjects,
                        @Size(max = 10) List<@NotBlank @Size(max = 40) String> languages,
                        @Size(max = 1000) String availability,
                        @PastOrPresent LocalDate agreementSignedOn, @PastOrPresent LocalDate trainingCompletedOn,
                        @Schema(description = "The date of the criminal-record extract") @PastOrPresent LocalDate criminalRecordDate,
                        Boolean active) {
    }

    @Schema(name = "Tutor")
    public record View(UUID id, String name, String username, String email, String phone, List<String> subjects,
                       List<String> languages, String availability, LocalDate agreementSignedOn,
                       LocalDate trainingCompletedOn, LocalDate criminalRecordDate,
                       @Schema(description = "The last day the extract counts") LocalDate vettingValidUntil,
                       @Schema(description = "COMPLETE, EXPIRING (within the warning period), EXPIRED, INCOMPLETE, INACTIVE") String vetting,
                       @Schema(description = "Why the tutor cannot be matched, if not") String notMatchableBecause,
                       boolean active, long version) {
    }

    public enum Vetting { COMPLETE, EXPIRING, EXPIRED, INCOMPLETE, INACTIVE }

    View view(Tutor t) {
        LocalDate today = programme.today();
        LocalDate until = t.vettingValidUntil(programme.criminalRecordValidity());
        String why = t.notMatchableBecause(today, programme.criminalRecordValidity()).orElse(null);
        return new View(t.id, t.name, t.username, t.email, t.phone, Arrays.asList(t.subjects), Arrays.asList(t.languages),
                t.availability, t.agreementSignedOn, t.trainingCompletedOn, t.criminalRecordDate, until,
                vetting(t, today).name(), why, t.active, t.version);
    }

    Vetting vetting(Tutor t, LocalDate today) {
        if (!t.active) {
            return Vetting.INACTIVE;
        }
        if (t.agreementSignedOn == null || t.trainingCompletedOn == null || t.criminalRecordDate == null) {
            return Vetting.INCOMPLETE;
        }
        LocalDate until = t.vettingValidUntil(programme.criminalRecordValidity());
        if (until.isBefore(today)) {
            return Vetting.EXPIRED;
        }
        return until.isBefore(today.plus(programme.vettingWarning())) ? Vetting.EXPIRING : Vetting.COMPLETE;
    }

    @Transactional
    public View create(Input input) {
        programme.requireStaff("register tutors");
        Tutor t = new Tutor();
        t.id = UUID.randomUUID();
        t.organization = programme.organization();
        t.createdAt = Programme.now();
        write(t, input);
        em.persist(t);
        em.flush();
        return view(t);
    }

    @Transactional
    public View update(UUID id, String ifMatch, Input input) {
        programme.requireStaff("change tutors");
        Tutor t = repository.tutor(id, programme.organization()).orElseThrow(() -> ProblemException.notFound("The tutor"));
        ETags.requireMatch(ifMatch, t.version);
        write(t, input);
        em.flush();
        return view(t);
    }

    @Transactional
    public View get(UUID id) {
        Tutor t = repository.tutor(id, programme.organization()).orElseThrow(() -> ProblemException.notFound("The tutor"));
        if (!programme.staff() && !t.id.equals(programme.callingTutor().id)) {
            throw ProblemException.notFound("The tutor");
        }
        return view(t);
    }

    @Transactional
    public View me() {
        return view(programme.callingTutor());
    }

    /** The programme's tutors by name; {@code vetting} filters, e.g. EXPIRING for the coordinator's list. */
    @Transactional
    public Page<View> list(Vetting vetting, PageRequest page) {
        programme.requireStaff("list tutors");
        // The cursor names only the last tutor shown; the name is re-read within the programme, never sent in the URL.
        PageRequest.Keyset<UUID> after = page.afterRow(id -> repository.tutor(id, programme.organization()).map(t -> t.name));
        LocalDate today = programme.today();
        List<Tutor> rows = repository.tutors(programme.organization(), after == null ? null : after.key(),
                after == null ? null : after.id(), vetting == null ? page.limit() + 1 : 10_000)
                .stream().filter(t -> vetting == null || vetting(t, today) == vetting).limit(page.limit() + 1L).toList();
        return page.page(rows, this::view, t -> Cursor.ofRow(t.id));
    }

    private void write(Tutor t, Input input) {
        t.name = input.name().strip();
        String username = Programme.blankToNull(input.username());
        if (username != null && repository.tutorByUsername(username, t.organization).filter(o -> !o.id.equals(t.id)).isPresent()) {
            throw ProblemException.invalid("username", "is already another tutor's login");
        }
        t.username = username;
        t.email = Programme.blankToNull(input.email());
        t.phone = Programme.blankToNull(input.phone());
        t.subjects = input.subjects().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        t.languages = (input.languages() == null ? List.<String>of() : input.languages()).stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        t.availability = Programme.blankToNull(input.availability());
        t.agreementSignedOn = input.agreementSignedOn();
        t.trainingCompletedOn = input.trainingCompletedOn();
        t.criminalRecordDate = input.criminalRecordDate();
        t.active = input.active() == null || input.active();
        t.updatedAt = Programme.now();
    }
}
