package cz.opora.family.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.idempotency.IdempotentRequests;
import cz.opora.common.outbox.Outbox;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.security.Roles;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.DataScope;
import cz.opora.events.EventType;
import cz.opora.events.family.FamilyClosed;
import cz.opora.events.family.FamilyReopened;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyRepository;
import cz.opora.family.domain.FamilyStatus;
import cz.opora.family.domain.FamilyStatusChange;
import cz.opora.family.domain.FamilyTeamMember;
import cz.opora.family.domain.IntakeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The family record's rules. Each operation is one transaction holding the change, its event (outbox) and its
 * audit row, so that none of the three exists without the others.
 */
@ApplicationScoped
public class FamilyService {
    @Inject
    WorkCalendar calendar;
    static final String RESOURCE = "family";

    @Inject
    FamilyRepository families;
    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    StaffService staff;
    @Inject
    AccessService access;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    Timeline timeline;
    @Inject
    FamilyFiles files;
    @Inject
    IdempotentRequests idempotency;
    @Inject
    WorkItems work;

    @Transactional
    public FamilyView register(RegisterFamily command, String idempotencyKey) {
        IdempotentRequests.Outcome outcome = idempotency.once(idempotencyKey, "family.register", command,
                () -> registerNew(command).id);
        if (!outcome.replayed()) {
            return FamilyView.of(families.findById(outcome.id()));
        }
        // A repeat of a request whose answer was lost: the family the first one registered, read again.
        Family family = files.requireOwned(outcome.id());
        audit.record("family.register.repeated", RESOURCE, List.of(family.id));
        return FamilyView.of(family);
    }

    private Family registerNew(RegisterFamily command) {
        IntakeSource source = IntakeSource.NOT_RECORDED;
        String from = null;
        if (command.intake() != null) {
            source = command.intake().source();
            if (source == IntakeSource.OPORA_REFERRAL || source == IntakeSource.NOT_RECORDED) {
                throw ProblemException.invalid("intake.source", "a family referred through Opora is opened from the "
                        + "referral: POST /api/v1/shared-families/{familyId}/case-file");
            }
            from = command.intake().from() == null || command.intake().from().isBlank() ? null : command.intake().from().strip();
        }
        return open(command, source, from, null);
    }

    /** A new case file of the caller's organization, in INTAKE, with where it came from. */
    Family open(RegisterFamily command, IntakeSource source, String from, UUID referralId) {
        Instant now = calendar.now();
        Family family = new Family();
        family.id = UUID.randomUUID();
        family.owningOrganization = caller.organization();
        family.name = command.name().strip();
        setAddress(family, command.address());
        family.status = FamilyStatus.INTAKE;
        family.intakeSource = source;
        family.intakeFrom = from;
        family.intakeReferralId = referralId;
        if (caller.hasRole(Roles.CASE_MANAGER) || caller.hasRole(Roles.NZDM_WORKER)) {
            family.keyWorker = caller.subject();
            family.keyWorkerName = caller.displayName();
        }
        family.createdBy = caller.subject();
        family.createdAt = now;
        family.updatedAt = now;
        for (RegisterFamily.Member m : command.members()) {
            family.members.add(MemberService.newMember(family, m));
        }
        family.refreshSearch();
        families.persist(family);
        outbox.emit(EventType.FAMILY_REGISTERED, family.id, FamilyEvents.registered(family));
        audit.record("family.register", RESOURCE, List.of(family.id));
        timeline.record(family.id, "family.registered", "Family registered", RESOURCE, family.id);
        families.flush();
        return family;
    }

    /**
     * Replaces the household label and address. The caller must send the version it read (If-Match): a stale
     * version answers 412, a change that races with another one 409.
     */
    @Transactional
    public FamilyView update(UUID id, String ifMatch, UpdateFamily command) {
        Family family = files.requireOwned(id);
        ETags.requireMatch(ifMatch, family.version);
        FamilyFiles.requireNotClosed(family);
        family.name = command.name().strip();
        setAddress(family, command.address());
        family.refreshSearch();
        return changed(family, "family.update");
    }

    /** The owner sees the whole record; an organization with a live grant sees what its grant and consent allow. */
    @Transactional
    public FamilyView get(UUID id) {
        FamilyFiles.Visible visible = files.requireVisible(id, DataScope.BASIC);
        audit.record(visible.shared() == null ? "family.read" : "family.read.shared", RESOURCE, List.of(id));
        return visible.shared() == null ? FamilyView.of(visible.family()) : FamilyView.shared(visible.family(), visible.shared());
    }

    /** The caller's organization's families matching the search, in the asked order. */
    @Transactional
    public Page<FamilySummary> search(FamilySearch search, PageRequest page) {
        String keyWorker = "me".equals(search.keyWorker()) ? caller.subject() : search.keyWorker();
        boolean byName = search.sort() == FamilySearch.Sort.NAME;
        String organization = caller.organization();
        // By name, the cursor names only the last family shown; its name is re-read here, never sent in the URL.
        PageRequest.Keyset<UUID> afterName = byName ? page.afterRow(id -> families.searchNameOf(id, organization)) : null;
        List<Family> rows = families.search(organization,
                new FamilyRepository.Criteria(search.text(), search.municipality(), search.status(), keyWorker,
                        search.caseload() ? caller.subject() : null, byName),
                afterName == null ? null : afterName.key(), byName ? null : page.afterTime(),
                byName ? (afterName == null ? null : afterName.id()) : page.afterId(), page.limit() + 1);
        Page<FamilySummary> result = page.page(rows, FamilySummary::of,
                f -> byName ? Cursor.ofRow(f.id) : Cursor.of(f.createdAt, f.id));
        audit.record("family.list", RESOURCE, result.items().stream().map(FamilySummary::id).toList());
        return result;
    }

    /** Intake is over: the family agreed to work with the service. */
    @Transactional
    public FamilyView activate(UUID id, String ifMatch) {
        Family family = files.requireOwned(id);
        ETags.requireMatch(ifMatch, family.version);
        requireStatus(family, FamilyStatus.INTAKE, "Only a family in INTAKE can be activated.");
        changeStatus(family, FamilyStatus.ACTIVE, null);
        timeline.record(family.id, "family.activated", "Intake ended: the family works with the service", RESOURCE, family.id);
        return changed(family, "family.activate");
    }

    @Transactional
    public FamilyView close(UUID id, String ifMatch, FamilyCommands.Close command) {
        Family family = files.requireOwned(id);
        ETags.requireMatch(ifMatch, family.version);
        FamilyFiles.requireNotClosed(family);
        return closeFile(family, command);
    }

    /** Closes the file once a supervisor approved its closure (ApprovalService): the approval stands for If-Match. */
    @Transactional(Transactional.TxType.MANDATORY)
    FamilyView closeApproved(UUID id, FamilyCommands.Close command) {
        Family family = files.requireOwned(id);
        FamilyFiles.requireNotClosed(family);
        return closeFile(family, command);
    }

    private FamilyView closeFile(Family family, FamilyCommands.Close command) {
        changeStatus(family, FamilyStatus.CLOSED, command.summary());
        family.closedAt = family.updatedAt;
        family.closureReason = command.reason();
        family.closureSummary = command.summary().strip();
        families.flush();
        outbox.emit(EventType.FAMILY_CLOSED, family.id,
                new FamilyClosed(family.id, command.reason().name(), family.closedAt));
        audit.record("family.close", RESOURCE, List.of(family.id));
        work.fileChanged(family);
        timeline.record(family.id, "family.closed", "Case closed: " + command.reason(),
                java.util.Map.of("reason", command.reason().name()), RESOURCE, family.id);
        return FamilyView.of(family);
    }

    @Transactional
    public FamilyView reopen(UUID id, String ifMatch, FamilyCommands.Reopen command) {
        Family family = files.requireOwned(id);
        ETags.requireMatch(ifMatch, family.version);
        requireStatus(family, FamilyStatus.CLOSED, "Only a closed family can be reopened.");
        changeStatus(family, FamilyStatus.ACTIVE, command.reason());
        family.closedAt = null;
        family.closureReason = null;
        family.closureSummary = null;
        families.flush();
        outbox.emit(EventType.FAMILY_REOPENED, family.id, new FamilyReopened(family.id, family.updatedAt));
        audit.record("family.reopen", RESOURCE, List.of(family.id));
        work.fileChanged(family);
        timeline.record(family.id, "family.reopened", "Case reopened", RESOURCE, family.id);
        return FamilyView.of(family);
    }

    /** Sets the key worker and the team as a whole. */
    @Transactional
    public FamilyView setTeam(UUID id, String ifMatch, FamilyCommands.Team command) {
        Family family = files.requireOwned(id);
        ETags.requireMatch(ifMatch, family.version);
        FamilyFiles.requireNotClosed(family);
        Set<String> workers = new HashSet<>();
        for (int i = 0; i < command.members().size(); i++) {
            if (!workers.add(command.members().get(i).worker().id())) {
                throw ProblemException.invalid("members[" + i + "].worker.id", "is on the team twice");
            }
        }
        // Ids only: each must be a worker of the caller's organization as Keycloak knows them, and the name is
        // Keycloak's (a typed name is ignored).
        List<cz.opora.common.rest.FieldError> errors = new java.util.ArrayList<>();
        StaffMember key = command.keyWorker() == null ? null : colleague(command.keyWorker().id(), "keyWorker.id", errors);
        List<StaffMember> team = new java.util.ArrayList<>();
        for (int i = 0; i < command.members().size(); i++) {
            team.add(colleague(command.members().get(i).worker().id(), "members[" + i + "].worker.id", errors));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(cz.opora.common.rest.Problem.validation(errors));
        }
        family.keyWorker = key == null ? null : key.id();
        family.keyWorkerName = key == null ? null : key.name();
        family.team.clear();
        families.flush();
        for (int i = 0; i < command.members().size(); i++) {
            FamilyTeamMember member = new FamilyTeamMember();
            member.id = UUID.randomUUID();
            member.family = family;
            member.worker = team.get(i).id();
            member.workerName = team.get(i).name();
            member.role = command.members().get(i).role();
            family.team.add(member);
        }
        family.updatedAt = calendar.now();
        families.flush();
        audit.record("family.team", RESOURCE, List.of(family.id));
        work.fileChanged(family);
        return FamilyView.of(family);
    }

    private StaffMember colleague(String userId, String field, List<cz.opora.common.rest.FieldError> errors) {
        Optional<StaffMember> worker = staff.colleague(userId);
        if (worker.isEmpty()) {
            errors.add(new cz.opora.common.rest.FieldError(field, "is not a worker of your organization"));
        }
        return worker.orElse(null);
    }

    private static void requireStatus(Family family, FamilyStatus expected, String detail) {
        if (family.status != expected) {
            throw FamilyFiles.invalidState(family, detail);
        }
    }

    private void changeStatus(Family family, FamilyStatus to, String reason) {
        FamilyStatusChange change = new FamilyStatusChange();
        change.id = UUID.randomUUID();
        change.familyId = family.id;
        change.fromStatus = family.status;
        change.toStatus = to;
        change.reason = reason == null ? null : reason.strip();
        change.changedBy = caller.subject();
        change.changedAt = calendar.now();
        em.persist(change);
        family.status = to;
        family.updatedAt = change.changedAt;
    }

    /** Stamps, flushes (version check and increment) and publishes the family's new snapshot. */
    private FamilyView changed(Family family, String action) {
        family.updatedAt = calendar.now();
        families.flush();
        outbox.emit(EventType.FAMILY_UPDATED, family.id, FamilyEvents.updated(family));
        audit.record(action, RESOURCE, List.of(family.id));
        return FamilyView.of(family);
    }

    private static void setAddress(Family family, RegisterFamily.Address address) {
        family.street = address.street();
        family.municipality = address.municipality().strip();
        family.postalCode = address.postalCode();
        family.locality = address.locality();
        family.sociallyExcludedLocality = Boolean.TRUE.equals(address.sociallyExcludedLocality());
    }

}
