package cz.opora.community.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.idempotency.IdempotentRequests;
import cz.opora.common.outbox.PartnerNotices;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.ProblemException;
import cz.opora.community.domain.AnonymousClient;
import cz.opora.community.domain.AnonymousClientRepository;
import cz.opora.community.domain.ClientContact;
import cz.opora.community.domain.ClientContactRepository;
import cz.opora.community.domain.CommunityRules;
import cz.opora.community.domain.Intervention;
import cz.opora.projection.FamilyProjection;
import cz.opora.projection.KnownFamily;
import cz.opora.projection.KnownFamilyMember;
import cz.opora.projection.KnownFamilyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Anonymous clients of a low-threshold service and their contacts; a client's link, with the client's agreement, to
 * a member of the organization's own case file. Only the link reads a family's data (audited).
 */
@ApplicationScoped
@Transactional
public class ClientService {
    static final String RESOURCE = AuditLog.FAMILY;

    @Inject
    Workplace work;
    @Inject
    AnonymousClientRepository clients;
    @Inject
    ClientContactRepository contacts;
    @Inject
    KnownFamilyRepository families;
    @Inject
    IdempotentRequests idempotency;
    @Inject
    PartnerNotices notices;
    @Inject
    AuditLog audit;

    public AnonymousClientView create(AnonymousClientInput input) {
        String code = input.code().strip();
        requireFreeCode(code, null);
        Instant now = work.now();
        AnonymousClient c = new AnonymousClient();
        c.id = UUID.randomUUID();
        c.organization = work.organization();
        c.code = code;
        c.ageBand = input.ageBand();
        c.gender = input.gender();
        c.createdAt = now;
        c.updatedAt = now;
        clients.persist(c);
        clients.flush();
        return view(c);
    }

    public Page<AnonymousClientView> list(PageRequest page) {
        List<AnonymousClient> rows = clients.page(work.organization(), page.afterTime(), page.afterId(), page.limit() + 1);
        return page.page(rows, ClientService::view, c -> Cursor.of(c.createdAt, c.id));
    }

    public AnonymousClientView get(UUID id) {
        return view(client(id));
    }

    public AnonymousClientView update(UUID id, String ifMatch, AnonymousClientInput input) {
        AnonymousClient c = client(id);
        ETags.requireMatch(ifMatch, c.version);
        String code = input.code().strip();
        requireFreeCode(code, c.id);
        c.code = code;
        c.ageBand = input.ageBand();
        c.gender = input.gender();
        c.updatedAt = work.now();
        clients.flush();
        return view(c);
    }

    /** A contact with the client; a repeat with the same Idempotency-Key answers with the first contact. */
    public ContactView recordContact(UUID clientId, ContactInput input, String idempotencyKey) {
        AnonymousClient client = client(clientId);
        List<Intervention> interventions = input.interventions().stream()
                .map(i -> new Intervention(i.type(), i.minutes())).toList();
        Workplace.require(work.day("date", input.date()),
                CommunityRules.contact(input.durationMinutes(), interventions, work.config().maxContactMinutes()));
        IdempotentRequests.Outcome outcome = idempotency.once(idempotencyKey, "community.contact",
                List.of(client.id, input), () -> {
                    ClientContact c = new ClientContact();
                    c.id = UUID.randomUUID();
                    c.organization = client.organization;
                    c.clientId = client.id;
                    c.place = input.place();
                    c.date = input.date();
                    c.durationMinutes = input.durationMinutes();
                    c.worker = work.subject();
                    c.createdAt = work.now();
                    c.interventions.addAll(interventions);
                    contacts.persist(c);
                    return c.id;
                });
        return view(contacts.visible(outcome.id(), work.organization()).orElseThrow());
    }

    public Page<ContactView> contacts(UUID clientId, PageRequest page) {
        AnonymousClient client = client(clientId);
        List<ClientContact> rows = contacts.page(client.id, page.afterDay(), page.afterId(), page.limit() + 1);
        return page.page(rows, ClientService::view, c -> Cursor.of(c.date, c.id));
    }

    /**
     * Links the client, with the client's agreement, to a member of a case file of the caller's own organization
     * (another organization's family answers exactly as a missing one: 400 naming familyId, as every body reference
     * to a family in the suite; 404 is for the record of the path). The family's timeline notes that a client of the
     * low-threshold service was linked; the read of the member is audited.
     */
    public FamilyLinkView link(UUID clientId, String ifMatch, FamilyLinkInput input) {
        AnonymousClient client = client(clientId);
        ETags.requireMatch(ifMatch, client.version);
        KnownFamily family = families.findVisible(input.familyId(), work.organization())
                .orElseThrow(() -> ProblemException.invalid("familyId", "is not a case file of your organization"));
        KnownFamilyMember member = member(family, input.memberId());
        Workplace.require(work.day("agreedOn", input.agreedOn()));
        boolean same = family.id.equals(client.familyId) && member.id.equals(client.memberId);
        Instant now = work.now();
        client.familyId = family.id;
        client.memberId = member.id;
        client.linkAgreedOn = input.agreedOn();
        client.linkedAt = now;
        client.updatedAt = now;
        clients.flush();
        if (!same) {
            notices.activity(family.id, "client-linked", "A client of the low-threshold service of "
                    + client.organization + " was linked to a member of the file", Map.of("organization", client.organization),
                    "anonymous-client", client.id, now);
        }
        audit.record("community.client.link", RESOURCE, List.of(family.id));
        return linkView(client, member);
    }

    /** To whom the client is linked (404 when not linked); audited as a read of the family. */
    public FamilyLinkView familyLink(UUID clientId) {
        AnonymousClient client = client(clientId);
        if (!client.linked()) {
            throw ProblemException.notFound("The client's family link");
        }
        KnownFamily family = families.findVisible(client.familyId, work.organization())
                .orElseThrow(() -> ProblemException.notFound("The client's family link"));
        KnownFamilyMember member = family.members.stream().filter(m -> m.id.equals(client.memberId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("The client's family link"));
        audit.record("community.client.family-link.read", RESOURCE, List.of(family.id));
        return linkView(client, member);
    }

    /** An erased family's members are no longer anyone's: the clients linked to them stay, anonymous. */
    void onErased(@Observes FamilyProjection.FamilyErasedHere erased) {
        clients.linkedTo(erased.familyId()).forEach(c -> {
            c.unlink();
            c.updatedAt = work.now();
        });
        clients.flush();
    }

    private AnonymousClient client(UUID id) {
        return clients.visible(id, work.organization()).orElseThrow(() -> ProblemException.notFound("The client"));
    }

    private void requireFreeCode(String code, UUID except) {
        if (clients.codeTaken(work.organization(), code, except)) {
            throw ProblemException.conflict("client-code-taken", "Another client of your organization has this code; "
                    + "ask the client for another one.");
        }
    }

    private static KnownFamilyMember member(KnownFamily family, UUID memberId) {
        return family.members.stream().filter(m -> m.id.equals(memberId)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("memberId", "is not a member of this family"));
    }

    private static FamilyLinkView linkView(AnonymousClient c, KnownFamilyMember m) {
        return new FamilyLinkView(c.id, c.familyId, c.memberId, m.firstName, m.lastName, c.linkAgreedOn, c.linkedAt, c.version);
    }

    static AnonymousClientView view(AnonymousClient c) {
        return new AnonymousClientView(c.id, c.code, c.ageBand, c.gender, c.linked(), c.createdAt, c.version);
    }

    static ContactView view(ClientContact c) {
        return new ContactView(c.id, c.clientId, c.place, c.date, c.durationMinutes, c.worker,
                c.interventions.stream().map(i -> new InterventionMinutes(i.type, i.minutes)).toList(), c.createdAt);
    }
}
