package cz.opora.tutoring.service;

import cz.opora.common.outbox.Outbox;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.text.Texts;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.EventType;
import cz.opora.events.tutoring.TutorVetting;
import cz.opora.tutoring.config.TutoringConfig;
import cz.opora.tutoring.domain.Tutor;
import cz.opora.tutoring.domain.TutorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The programme's tutors and their vetting; staff maintain them, a tutor reads the own record. */
@ApplicationScoped
public class TutorService {
    @Inject
    TutoringConfig config;
    @Inject
    WorkCalendar calendar;
    @Inject
    Programme programme;
    @Inject
    TutorRepository tutors;
    @Inject
    Outbox outbox;

    public enum Vetting { COMPLETE, EXPIRING, EXPIRED, INCOMPLETE, INACTIVE }

    TutorView view(Tutor t) {
        LocalDate today = programme.today();
        LocalDate until = t.vettingValidUntil(config.criminalRecordValidity());
        String why = t.notMatchableBecause(today, config.criminalRecordValidity()).orElse(null);
        return new TutorView(t.id, t.name, t.username, t.email, t.phone, Arrays.asList(t.subjects), Arrays.asList(t.languages),
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
        LocalDate until = t.vettingValidUntil(config.criminalRecordValidity());
        if (until.isBefore(today)) {
            return Vetting.EXPIRED;
        }
        return until.isBefore(today.plus(config.vettingWarning())) ? Vetting.EXPIRING : Vetting.COMPLETE;
    }

    @Transactional
    public TutorView create(TutorInput input) {
        programme.requireStaff("register tutors");
        Tutor t = new Tutor();
        t.id = UUID.randomUUID();
        t.organization = programme.organization();
        t.createdAt = calendar.now();
        write(t, input);
        tutors.persist(t);
        vettingRecorded(t);
        tutors.flush();
        return view(t);
    }

    @Transactional
    public TutorView update(UUID id, String ifMatch, TutorInput input) {
        programme.requireStaff("change tutors");
        Tutor t = tutors.inOrganization(id, programme.organization()).orElseThrow(() -> ProblemException.notFound("The tutor"));
        ETags.requireMatch(ifMatch, t.version);
        LocalDate validBefore = t.vettingValidUntil(config.criminalRecordValidity());
        boolean activeBefore = t.active;
        write(t, input);
        if (!java.util.Objects.equals(validBefore, t.vettingValidUntil(config.criminalRecordValidity()))
                || activeBefore != t.active) {
            vettingRecorded(t);
        }
        tutors.flush();
        return view(t);
    }

    @Transactional
    public TutorView get(UUID id) {
        Tutor t = tutors.inOrganization(id, programme.organization()).orElseThrow(() -> ProblemException.notFound("The tutor"));
        if (!programme.staff() && !t.id.equals(programme.callingTutor().id)) {
            throw ProblemException.notFound("The tutor");
        }
        return view(t);
    }

    @Transactional
    public TutorView me() {
        return view(programme.callingTutor());
    }

    /** The programme's tutors by name; {@code vetting} filters, e.g. EXPIRING for the coordinator's list. */
    @Transactional
    public Page<TutorView> list(Vetting vetting, PageRequest page) {
        programme.requireStaff("list tutors");
        // The cursor names only the last tutor shown; the name is re-read within the programme, never sent in the URL.
        PageRequest.Keyset<UUID> after = page.afterRow(id -> tutors.inOrganization(id, programme.organization()).map(t -> t.name));
        LocalDate today = programme.today();
        List<Tutor> rows = tutors.page(programme.organization(), after == null ? null : after.key(),
                after == null ? null : after.id(), vetting == null ? page.limit() + 1 : 10_000)
                .stream().filter(t -> vetting == null || vetting(t, today) == vetting).limit(page.limit() + 1L).toList();
        return page.page(rows, this::view, t -> Cursor.ofRow(t.id));
    }

    /**
     * The tutor's vetting as an event, with the change (the outbox): family-service lists the tutor for the
     * programme's staff from 30 days before the extract's last valid day. The tutor's id only, never the name.
     */
    private void vettingRecorded(Tutor t) {
        outbox.emitKeyed(EventType.TUTORING_TUTOR_VETTING, t.id.toString(), new TutorVetting(t.id, t.organization,
                t.vettingValidUntil(config.criminalRecordValidity()), t.active, t.updatedAt));
    }

    private void write(Tutor t, TutorInput input) {
        t.name = input.name().strip();
        String username = Texts.blankToNull(input.username());
        if (username != null && tutors.byUsername(username, t.organization).filter(o -> !o.id.equals(t.id)).isPresent()) {
            throw ProblemException.invalid("username", "is already another tutor's login");
        }
        t.username = username;
        t.email = Texts.blankToNull(input.email());
        t.phone = Texts.blankToNull(input.phone());
        t.subjects = input.subjects().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        t.languages = (input.languages() == null ? List.<String>of() : input.languages()).stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        t.availability = Texts.blankToNull(input.availability());
        t.agreementSignedOn = input.agreementSignedOn();
        t.trainingCompletedOn = input.trainingCompletedOn();
        t.criminalRecordDate = input.criminalRecordDate();
        t.active = input.active() == null || input.active();
        t.updatedAt = calendar.now();
    }
}
