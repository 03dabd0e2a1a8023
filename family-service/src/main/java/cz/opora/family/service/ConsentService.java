package cz.opora.family.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.outbox.Outbox;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.ConsentPurpose;
import cz.opora.events.DataScope;
import cz.opora.events.EventType;
import cz.opora.events.MemberRole;
import cz.opora.events.family.ConsentExpired;
import cz.opora.events.family.ConsentGranted;
import cz.opora.events.family.ConsentWithdrawn;
import cz.opora.family.domain.Consent;
import cz.opora.family.domain.ConsentRepository;
import cz.opora.family.domain.ConsentStatus;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The consent ledger. Nothing is shared without a consent for that purpose and recipient; a consent is given by
 * an adult member, can expire and can be withdrawn at any time. Every change is published, so that the other
 * services (referrals, conferences, tutoring) know what they may do without calling this one.
 */
@ApplicationScoped
public class ConsentService {
    @Inject
    WorkItems work;
    static final String RESOURCE = "consent";

    @Inject
    FamilyFiles files;
    @Inject
    ConsentRepository consents;
    @Inject
    Caller caller;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    Timeline timeline;

    @Inject
    WorkCalendar calendar;
    @Inject
    AccessService access;
    @Inject
    KnownOrganizations directory;

    @Transactional
    public ConsentView grant(UUID familyId, GrantConsent command) {
        Family family = files.requireOwned(familyId);
        FamilyFiles.requireNotClosed(family);
        LocalDate today = today();
        FamilyMember signer = family.members.stream().filter(m -> m.id.equals(command.givenBy())).findFirst()
                .orElseThrow(() -> ProblemException.invalid("givenBy", "is not a member of this family"));
        if (!signer.role.isAdultOn(signer.birthDate, today)) {
            throw ProblemException.invalid("givenBy", "must be an adult member (" + MemberRole.ADULT_AGE + " or older)");
        }
        boolean sharing = command.purpose() == ConsentPurpose.SHARING;
        boolean named = command.recipientOrganization() != null && !command.recipientOrganization().isBlank();
        boolean typed = command.recipientType() != null;
        if (sharing && named == typed) {
            throw ProblemException.invalid("recipientOrganization",
                    "sharing names exactly one recipient: an organization or an organization type (recipientType)");
        }
        if (!sharing && (named || typed)) {
            throw ProblemException.invalid(named ? "recipientOrganization" : "recipientType",
                    "only a SHARING consent names a recipient");
        }
        if (named && !directory.exists(command.recipientOrganization().strip())) {
            throw ProblemException.invalid("recipientOrganization", "is not in the directory");
        }
        LocalDate validFrom = command.validFrom() == null ? today : command.validFrom();
        if (command.validUntil() != null && command.validUntil().isBefore(validFrom)) {
            throw ProblemException.invalid("validUntil", "must not be before validFrom");
        }
        Consent consent = new Consent();
        consent.id = UUID.randomUUID();
        consent.familyId = family.id;
        consent.givenByMemberId = signer.id;
        consent.purpose = command.purpose();
        consent.recipientOrganization = named ? command.recipientOrganization().strip() : null;
        consent.recipientType = command.recipientType();
        consent.scopes = EnumSet.of(DataScope.BASIC);
        if (command.scopes() != null) {
            consent.scopes.addAll(command.scopes());
        }
        consent.validFrom = validFrom;
        consent.validUntil = command.validUntil();
        consent.formReference = command.formReference().strip();
        consent.note = command.note();
        consent.recordedBy = caller.subject();
        consent.recordedAt = calendar.now();
        consents.persist(consent);
        consents.flush();
        outbox.emit(EventType.CONSENT_GRANTED, family.id, new ConsentGranted(family.id, consent.id, signer.id,
                consent.purpose.name(), consent.recipientOrganization,
                consent.recipientType == null ? null : consent.recipientType.name(),
                consent.scopes.stream().map(Enum::name).toList(), consent.validFrom, consent.validUntil,
                consent.recordedAt));
        audit.record("consent.grant", RESOURCE, List.of(family.id, consent.id));
        work.consentsChanged(family);
        timeline.record(family.id, "consent.granted", "Consent granted: " + describe(consent), params(consent), RESOURCE, consent.id);
        return ConsentView.of(consent, today);
    }

    @Transactional
    public ConsentView get(UUID familyId, UUID consentId) {
        Family family = files.requireOwned(familyId);
        Consent consent = find(family, consentId);
        audit.record("consent.read", RESOURCE, List.of(family.id, consent.id));
        return ConsentView.of(consent, today());
    }

    /** The family's ledger, newest first. */
    @Transactional
    public Page<ConsentView> list(UUID familyId, PageRequest page) {
        Family family = files.requireOwned(familyId);
        List<Consent> rows = consents.page(family.id, page.afterTime(), page.afterId(), page.limit() + 1);
        LocalDate today = today();
        Page<ConsentView> result = page.page(rows, c -> ConsentView.of(c, today), c -> Cursor.of(c.recordedAt, c.id));
        audit.record("consent.list", RESOURCE, List.of(family.id));
        return result;
    }

    /** The family takes a consent back. Works on a closed family too: withdrawal is always possible. */
    @Transactional
    public ConsentView withdraw(UUID familyId, UUID consentId, String ifMatch, Withdrawal command) {
        Family family = files.requireOwned(familyId);
        Consent consent = find(family, consentId);
        ETags.requireMatch(ifMatch, consent.version);
        LocalDate today = today();
        ConsentStatus status = consent.status(today);
        if (status == ConsentStatus.WITHDRAWN || status == ConsentStatus.EXPIRED) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "invalid-state",
                    "The consent is " + status + " already.").with("currentState", status.name()));
        }
        consent.withdrawnAt = calendar.now();
        consent.withdrawnBy = caller.subject();
        consent.withdrawalNote = command == null ? null : command.note();
        consents.flush();
        access.revokeForConsent(consent.id, consent.withdrawnAt);
        outbox.emit(EventType.CONSENT_WITHDRAWN, family.id, new ConsentWithdrawn(family.id, consent.id, consent.withdrawnAt));
        audit.record("consent.withdraw", RESOURCE, List.of(family.id, consent.id));
        work.consentEnded(consent.id);
        timeline.record(family.id, "consent.withdrawn", "Consent withdrawn: " + describe(consent), params(consent), RESOURCE, consent.id);
        return ConsentView.of(consent, today);
    }

    /**
     * Marks and publishes consents whose last valid day has passed, a batch at a time. Safe on several replicas:
     * rows are locked with SKIP LOCKED, so each is handled once.
     *
     * @return how many were marked
     */
    @Transactional
    public int expireDue(int batch) {
        List<Consent> due = consents.lockExpired(today(), batch);
        for (Consent consent : due) {
            consent.expiredAt = calendar.now();
            access.revokeForConsent(consent.id, consent.expiredAt);
            work.consentEnded(consent.id);
            outbox.emit(EventType.CONSENT_EXPIRED, consent.familyId,
                    new ConsentExpired(consent.familyId, consent.id, consent.expiredAt));
            audit.recordSystem("consent-expiry", "consent.expire", RESOURCE, List.of(consent.familyId, consent.id),
                    "scheduler");
            timeline.append(consent.familyId, consent.expiredAt, "consent.expired", "Consent expired: " + describe(consent),
                    params(consent), RESOURCE, consent.id, Timeline.SOURCE, null);
        }
        return due.size();
    }

    /** The timeline's parameters of a consent entry: its purpose and recipient (an organization id or type). */
    private static java.util.Map<String, String> params(Consent consent) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("purpose", String.valueOf(consent.purpose));
        params.put("recipient", consent.recipientOrganization);
        params.put("recipientType", consent.recipientType == null ? null : String.valueOf(consent.recipientType));
        return params;
    }

    private static String describe(Consent consent) {
        String to = consent.recipientOrganization != null ? " with " + consent.recipientOrganization
                : consent.recipientType != null ? " with " + consent.recipientType + " organizations" : "";
        return consent.purpose + to;
    }

    LocalDate today() {
        return calendar.today();
    }

    private Consent find(Family family, UUID consentId) {
        return consents.findInFamily(family.id, consentId).orElseThrow(() -> ProblemException.notFound("The consent"));
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ConsentWithdrawal")
    public record Withdrawal(@Size(max = 2000) String note) {
    }
}
