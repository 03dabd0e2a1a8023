package cz.opora.family.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.outbox.Outbox;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.security.Roles;
import cz.opora.events.EventType;
import cz.opora.events.family.FamilyRegistered;
import cz.opora.events.family.FamilyUpdated;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyMember;
import cz.opora.family.domain.FamilyRepository;
import cz.opora.family.domain.FamilyStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The family record's rules. Each operation is one transaction holding the change, its event (outbox) and its
 * audit row, so that none of the three exists without the others.
 */
@ApplicationScoped
public class FamilyService {
    static final String RESOURCE = "family";

    @Inject
    FamilyRepository families;
    @Inject
    Caller caller;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;

    @Transactional
    public FamilyView register(RegisterFamily command) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Family family = new Family();
        family.id = UUID.randomUUID();
        family.owningOrganization = caller.organization();
        family.name = command.name().strip();
        setAddress(family, command.address());
        family.status = FamilyStatus.INTAKE;
        family.keyWorker = caller.hasRole(Roles.CASE_MANAGER) ? caller.subject() : null;
        family.createdBy = caller.subject();
        family.createdAt = now;
        family.updatedAt = now;
        int position = 0;
        for (RegisterFamily.Member m : command.members()) {
            FamilyMember member = new FamilyMember();
            member.id = UUID.randomUUID();
            member.family = family;
            member.position = position++;
            member.firstName = m.firstName().strip();
            member.lastName = m.lastName().strip();
            member.role = m.role();
            member.birthDate = m.birthDate();
            family.members.add(member);
        }
        families.persist(family);
        outbox.emit(EventType.FAMILY_REGISTERED, family.id, registered(family));
        audit.record("family.register", RESOURCE, List.of(family.id));
        families.flush();
        return FamilyView.of(family);
    }

    /**
     * Replaces the household label and address. The caller must send the version it read (If-Match): a stale
     * version answers 412, a change that races with another one 409.
     */
    @Transactional
    public FamilyView update(UUID id, String ifMatch, UpdateFamily command) {
        Family family = families.findOwned(id, caller.organization())
                .orElseThrow(() -> ProblemException.notFound("The family"));
        ETags.requireMatch(ifMatch, family.version);
        family.name = command.name().strip();
        setAddress(family, command.address());
        family.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        families.flush(); // the version check and increment happen here, before the event is written
        outbox.emit(EventType.FAMILY_UPDATED, family.id, updated(family));
        audit.record("family.update", RESOURCE, List.of(family.id));
        return FamilyView.of(family);
    }

    @Transactional
    public FamilyView get(UUID id) {
        Family family = families.findOwned(id, caller.organization())
                .orElseThrow(() -> ProblemException.notFound("The family"));
        audit.record("family.read", RESOURCE, List.of(family.id));
        return FamilyView.of(family);
    }

    /** The caller's organization's families, newest first. */
    @Transactional
    public Page<FamilySummary> list(PageRequest page) {
        Cursor after = page.after();
        List<Family> rows = families.pageOwned(caller.organization(),
                after == null ? null : after.sortKeyAsInstant("after"), after == null ? null : after.id(),
                page.limit() + 1);
        Page<FamilySummary> result = page.page(rows, FamilySummary::of, f -> Cursor.of(f.createdAt, f.id));
        audit.record("family.list", RESOURCE, result.items().stream().map(FamilySummary::id).toList());
        return result;
    }

    private static void setAddress(Family family, RegisterFamily.Address address) {
        family.street = address.street();
        family.municipality = address.municipality().strip();
        family.postalCode = address.postalCode();
        family.locality = address.locality();
        family.sociallyExcludedLocality = Boolean.TRUE.equals(address.sociallyExcludedLocality());
    }

    private static FamilyRegistered registered(Family f) {
        return new FamilyRegistered(f.id, f.owningOrganization, f.name, f.municipality, f.status.name(), members(f),
                f.createdAt);
    }

    private static FamilyUpdated updated(Family f) {
        return new FamilyUpdated(f.id, f.owningOrganization, f.name, f.municipality, f.status.name(), members(f),
                f.updatedAt);
    }

    private static List<FamilyRegistered.Member> members(Family f) {
        return f.members.stream()
                .map(m -> new FamilyRegistered.Member(m.id, m.role.name(), m.firstName, m.lastName, m.birthDate))
                .toList();
    }
}
