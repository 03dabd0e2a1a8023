package cz.opora.family.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.outbox.Outbox;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.EventType;
import cz.opora.events.access.GrantReason;
import cz.opora.events.family.CaseLinked;
import cz.opora.events.family.CaseUnlinked;
import cz.opora.family.domain.AccessGrant;
import cz.opora.family.domain.AccessGrantRepository;
import cz.opora.family.domain.CaseLink;
import cz.opora.family.domain.CaseLinkRepository;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyRepository;
import cz.opora.family.domain.IntakeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Case files of one household at several organizations: an organization opens its own file from a family another
 * organization shared with it (an accepted referral, a conference), or links its file to one it may see; either side
 * cuts the link. A link copies nothing: opening copies only what the opener may see at that moment (its grant and the
 * family's consent), and from then on the new file is the opener's own record.
 */
@ApplicationScoped
public class CaseFileService {
    @Inject
    WorkCalendar calendar;
    static final String RESOURCE = "family";

    @Inject
    FamilyService familyService;
    @Inject
    FamilyFiles files;
    @Inject
    FamilyRepository families;
    @Inject
    CaseLinkRepository links;
    @Inject
    AccessGrantRepository grants;
    @Inject
    AccessService access;
    @Inject
    Timeline timeline;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;

    @Schema(name = "CaseLink", description = "A link from this case file to another organization's file of the same household")
    public record LinkView(UUID id, UUID linkedFamilyId, String linkedOrganization,
                           @Schema(description = "The referral the link came from, if any") UUID referralId,
                           Instant linkedAt,
                           @Schema(description = "Whether your organization may read the linked file now (a live grant "
                                   + "within the family's consent); its timeline entries join yours only then")
                           boolean readable) {
    }

    @Schema(name = "LinkCaseFile")
    public record LinkInput(@Schema(description = "Another organization's file of the same household, shared with yours")
                            @jakarta.validation.constraints.NotNull UUID linkedFamilyId) {
    }

    /**
     * Opens the caller's organization's own case file from a family shared with it: the household label, the
     * municipality, and the members and details the caller may see now; the intake records who referred it and
     * through which referral. 404 when nothing is shared, 409 {@code case-file-exists} when the organization already
     * has a file linked to it, 409 {@code own-file} for the organization's own file.
     */
    @Transactional
    public FamilyView openFromShared(UUID sharedFamilyId) {
        String organization = caller.organization();
        Family source = families.findWithMembers(sharedFamilyId).orElseThrow(() -> ProblemException.notFound("The family"));
        if (source.owningOrganization.equals(organization)) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "own-file",
                    "This is your organization's own case file.").with("caseFileId", source.id.toString()));
        }
        AccessService.Shared shared = access.shared(source.id, organization)
                .orElseThrow(() -> ProblemException.notFound("The family"));
        links.ownFileLinkedTo(source.id, organization).ifPresent(existing -> {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "case-file-exists",
                    "Your organization already has a case file linked to this family.")
                    .with("caseFileId", existing.familyId.toString()));
        });
        FamilyView seen = FamilyView.shared(source, shared);
        List<AccessGrant> live = grants.live(source.id, organization, calendar.now());
        AccessGrant reason = live.stream().filter(g -> g.reason == GrantReason.REFERRAL)
                .max(Comparator.comparing((AccessGrant g) -> g.grantedAt)).orElse(live.stream()
                        .max(Comparator.comparing((AccessGrant g) -> g.grantedAt)).orElse(null));
        boolean referral = reason != null && reason.reason == GrantReason.REFERRAL;
        String from = reason != null && reason.grantor != null ? reason.grantor : source.owningOrganization;
        RegisterFamily command = new RegisterFamily(seen.name(),
                new RegisterFamily.Address(seen.address().street(), seen.address().municipality(),
                        seen.address().postalCode(), seen.address().locality(), seen.address().sociallyExcludedLocality()),
                seen.members().stream().map(m -> new RegisterFamily.Member(m.firstName(), m.lastName(), m.role(),
                        m.birthDate(), m.relation(), m.phone(), m.email(), m.school(), m.schoolClass())).toList());
        if (command.members().isEmpty()) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "nobody-shared",
                    "Nobody of the household is shared with your organization; a case file needs at least one person."));
        }
        Family opened = familyService.open(command, referral ? IntakeSource.OPORA_REFERRAL : IntakeSource.OTHER_SERVICE,
                from, referral ? reason.reasonId : null);
        audit.record("family.read.shared", RESOURCE, List.of(source.id));
        link(opened, source, referral ? reason.reasonId : null);
        return FamilyView.of(opened);
    }

    /** Links the caller's own file to another organization's file of the household that is shared with it. */
    @Transactional
    public LinkView link(UUID familyId, LinkInput input) {
        Family own = files.requireOwned(familyId);
        if (input.linkedFamilyId().equals(own.id)) {
            throw ProblemException.invalid("linkedFamilyId", "is this file itself");
        }
        Family other = families.findById(input.linkedFamilyId());
        if (other == null || other.owningOrganization.equals(own.owningOrganization)
                || access.shared(other.id, own.owningOrganization).isEmpty()) {
            throw ProblemException.invalid("linkedFamilyId", "is not a family another organization shares with yours");
        }
        if (links.between(own.id, other.id).isPresent()) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "already-linked", "The files are linked already."));
        }
        CaseLink link = link(own, other, null);
        return view(link, true);
    }

    /** The file's links, with whether the caller may read each linked file now. */
    @Transactional
    public List<LinkView> links(UUID familyId) {
        Family own = files.requireOwned(familyId);
        List<LinkView> result = links.of(own.id).stream()
                .map(l -> view(l, access.shared(l.linkedFamilyId, own.owningOrganization).isPresent())).toList();
        audit.record("family.links.read", RESOURCE, List.of(own.id));
        return result;
    }

    /** Cuts a link (either side's owner may): both sides go, and the other side's timeline says so. */
    @Transactional
    public void unlink(UUID familyId, UUID linkId) {
        Family own = files.requireOwned(familyId);
        CaseLink link = links.findByIdOptional(new CaseLink.Key(linkId, own.id))
                .orElseThrow(() -> ProblemException.notFound("The link"));
        cut(link, "UNLINKED");
        audit.record("family.unlink", RESOURCE, List.of(own.id));
    }

    /**
     * Cuts every link of a file that is being erased: the other files stay, with an entry on their timeline; the
     * erased file's own rows go with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cutAll(UUID familyId) {
        for (CaseLink link : links.of(familyId)) {
            cut(link, "ERASED");
        }
    }

    /** A linked file the caller may read now: whose it is and what of it the caller may see. */
    public record Readable(String organization, AccessService.Shared shared) {
    }

    /** The linked files of the caller's own file that the caller may read now (one look-up per link: a handful). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Readable> readableLinked(Family own) {
        Map<UUID, Readable> result = new java.util.LinkedHashMap<>();
        for (CaseLink link : links.of(own.id)) {
            access.shared(link.linkedFamilyId, own.owningOrganization)
                    .ifPresent(shared -> result.put(link.linkedFamilyId, new Readable(link.linkedOrganization, shared)));
        }
        return result;
    }

    private CaseLink link(Family own, Family other, UUID referralId) {
        UUID id = UUID.randomUUID();
        Instant now = calendar.now();
        CaseLink mine = side(id, own, other, referralId, now);
        CaseLink theirs = side(id, other, own, referralId, now);
        links.persist(mine);
        links.persist(theirs);
        outbox.emit(EventType.CASE_LINKED, own.id, new CaseLinked(id, own.id, own.owningOrganization, other.id,
                other.owningOrganization, referralId, now));
        timeline.record(own.id, "case.linked", "Linked with the case file of " + other.owningOrganization,
                java.util.Map.of("organization", other.owningOrganization), "case-link", id);
        timeline.record(other.id, "case.linked", "Linked with the case file of " + own.owningOrganization,
                java.util.Map.of("organization", own.owningOrganization), "case-link", id);
        audit.record("family.link", RESOURCE, List.of(own.id, other.id));
        return mine;
    }

    private void cut(CaseLink link, String reason) {
        Instant now = calendar.now();
        links.deleteLink(link.id);
        outbox.emit(EventType.CASE_UNLINKED, link.familyId, new CaseUnlinked(link.id, link.familyId, link.linkedFamilyId,
                reason, now));
        Family own = families.findById(link.familyId);
        String by = own == null ? "" : own.owningOrganization;
        timeline.record(link.linkedFamilyId, "case.unlinked",
                ("ERASED".equals(reason) ? "The linked case file of " + by + " was erased" : "Link cut by " + by),
                "case-link", link.id);
    }

    private CaseLink side(UUID id, Family from, Family to, UUID referralId, Instant at) {
        CaseLink link = new CaseLink();
        link.id = id;
        link.familyId = from.id;
        link.linkedFamilyId = to.id;
        link.linkedOrganization = to.owningOrganization;
        link.referralId = referralId;
        link.linkedBy = caller.subject();
        link.linkedAt = at;
        return link;
    }

    private static LinkView view(CaseLink l, boolean readable) {
        return new LinkView(l.id, l.linkedFamilyId, l.linkedOrganization, l.referralId, l.linkedAt, readable);
    }
}
