package cz.opora.family.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.FieldError;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.DataScope;
import cz.opora.family.domain.Contact;
import cz.opora.family.domain.ContactRepository;
import cz.opora.family.domain.Family;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Contacts: every home visit, office meeting, call, accompaniment, group session or online meeting. */
@ApplicationScoped
public class ContactService {
    static final String RESOURCE = "contact";

    @Inject
    FamilyFiles files;
    @Inject
    ContactRepository contacts;
    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    Timeline timeline;
    @Inject
    WorkCalendar calendar;

    @Transactional
    public ContactView record(UUID familyId, ContactInput input) {
        Family family = files.requireOwned(familyId);
        FamilyFiles.requireNotClosed(family);
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.familyId = family.id;
        contact.recordedBy = caller.subject();
        contact.recordedAt = calendar.now();
        write(contact, family, input);
        contacts.persist(contact);
        contacts.flush();
        // On the timeline at the day it happened (noon, for a day in the past), not when it was typed in.
        java.time.Instant at = contact.occurredOn.equals(calendar.today()) ? contact.recordedAt
                : calendar.startOf(contact.occurredOn).plus(java.time.Duration.ofHours(12));
        timeline.append(family.id, at, "contact.recorded", contact.type + ", " + contact.durationMinutes + " min",
                java.util.Map.of("type", String.valueOf(contact.type), "minutes", String.valueOf(contact.durationMinutes)), RESOURCE, contact.id, Timeline.SOURCE, caller.subject());
        audit.record("contact.record", RESOURCE, List.of(family.id, contact.id));
        return ContactView.of(contact);
    }

    @Transactional
    public ContactView change(UUID familyId, UUID id, String ifMatch, ContactInput input) {
        Family family = files.requireOwned(familyId);
        Contact contact = find(family, id);
        ETags.requireMatch(ifMatch, contact.version);
        FamilyFiles.requireNotClosed(family);
        write(contact, family, input);
        contacts.flush();
        audit.record("contact.change", RESOURCE, List.of(family.id, contact.id));
        return ContactView.of(contact);
    }

    @Transactional
    public void delete(UUID familyId, UUID id, String ifMatch) {
        Family family = files.requireOwned(familyId);
        Contact contact = find(family, id);
        ETags.requireMatch(ifMatch, contact.version);
        FamilyFiles.requireNotClosed(family);
        contacts.delete(contact);
        audit.record("contact.delete", RESOURCE, List.of(family.id, contact.id));
    }

    @Transactional
    public ContactView get(UUID familyId, UUID id) {
        Family family = files.requireVisible(familyId, DataScope.CONTACT_RECORDS).family();
        Contact contact = find(family, id);
        audit.record("contact.read", RESOURCE, List.of(family.id, contact.id));
        return ContactView.of(contact);
    }

    @Transactional
    public Page<ContactView> list(UUID familyId, PageRequest page) {
        Family family = files.requireVisible(familyId, DataScope.CONTACT_RECORDS).family();
        List<Contact> rows = contacts.page(family.id, page.afterDay(), page.afterId(), page.limit() + 1);
        audit.record("contact.list", RESOURCE, List.of(family.id));
        return page.page(rows, ContactView::of, c -> Cursor.of(c.occurredOn, c.id));
    }

    private void write(Contact contact, Family family, ContactInput input) {
        Set<UUID> members = new HashSet<>();
        family.members.forEach(m -> members.add(m.id));
        List<FieldError> errors = new ArrayList<>();
        List<UUID> present = input.membersPresent() == null ? List.of() : input.membersPresent();
        for (int i = 0; i < present.size(); i++) {
            if (!members.contains(present.get(i))) {
                errors.add(new FieldError("membersPresent[" + i + "]", "is not a member of this family"));
            }
        }
        List<UUID> goals = input.goals() == null ? List.of() : input.goals();
        if (!goals.isEmpty()) {
            Set<UUID> known = new HashSet<>(em.createQuery("select g.id from PlanGoal g where g.id in ?1 and g.plan.familyId = ?2",
                    UUID.class).setParameter(1, goals).setParameter(2, family.id).getResultList());
            for (int i = 0; i < goals.size(); i++) {
                if (!known.contains(goals.get(i))) {
                    errors.add(new FieldError("goals[" + i + "]", "is not a goal of this family's plans"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        contact.occurredOn = input.date();
        contact.durationMinutes = input.durationMinutes();
        contact.type = input.type();
        contact.memberIds = present.stream().distinct().toArray(UUID[]::new);
        contact.goalIds = goals.stream().distinct().toArray(UUID[]::new);
        contact.topics = input.topics() == null ? new String[0] : input.topics().stream().map(String::strip).distinct().toArray(String[]::new);
        contact.summary = input.summary();
        contact.workers.clear();
        if (input.workers() == null || input.workers().isEmpty()) {
            contact.workers.add(new Contact.Worker(caller.subject(), caller.displayName()));
        } else {
            input.workers().stream().distinct().forEach(w -> contact.workers.add(new Contact.Worker(w.id(), w.name().strip())));
        }
    }

    private Contact find(Family family, UUID id) {
        return contacts.findInFamily(family.id, id).orElseThrow(() -> ProblemException.notFound("The contact"));
    }
}
