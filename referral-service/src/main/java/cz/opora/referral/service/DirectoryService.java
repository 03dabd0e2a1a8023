package cz.opora.referral.service;

import cz.opora.common.outbox.Outbox;
import cz.opora.common.persistence.SearchText;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Params;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.EventType;
import cz.opora.events.OrganizationType;
import cz.opora.events.directory.DirectoryEntrySaved;
import cz.opora.referral.domain.Organization;
import cz.opora.referral.domain.OrganizationRepository;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The directory of organizations. Everyone signed in can search it; an org-admin maintains its own organization's
 * entry, and the entries of organizations outside Opora that its organization entered.
 */
@ApplicationScoped
public class DirectoryService {
    @Inject
    WorkCalendar calendar;
    @Inject
    OrganizationRepository organizations;
    @Inject
    Caller caller;
    @Inject
    Outbox outbox;

    public record Outcome(OrganizationView organization, boolean created) {
    }

    /**
     * Writes an entry by id: the caller's own organization's (created, or replaced with If-Match), or an entry of an
     * organization outside Opora that the caller's organization maintains (replaced with If-Match).
     */
    @Transactional
    public Outcome save(String id, String ifMatch, OrganizationInput input) {
        Organization existing = organizations.find(id);
        if (existing != null && !existing.usesOpora) {
            return new Outcome(updateExternal(id, ifMatch, input), false);
        }
        return saveOwn(id, ifMatch, input);
    }

    private Outcome saveOwn(String id, String ifMatch, OrganizationInput input) {
        String own = caller.organization();
        Organization existing = organizations.find(id);
        if (!own.equals(id) && (existing == null || !existing.usesOpora || !own.equals(existing.managedBy))) {
            throw new ForbiddenException("an org-admin maintains its own organization's entry");
        }
        String ownType = caller.organizationType().orElse(null);
        if (!input.type().name().equals(ownType)) {
            throw ProblemException.invalid("type", "must be your organization's type (" + ownType + ")");
        }
        Organization organization = existing != null ? existing : new Organization();
        if (existing != null) {
            ETags.requireMatch(ifMatch, existing.version);
        } else {
            organization.id = id;
            organization.createdAt = calendar.now();
            organization.usesOpora = true;
            organization.managedBy = own;
        }
        write(organization, input);
        if (existing == null) {
            organizations.persist(organization);
        }
        return new Outcome(published(organization), existing == null);
    }

    /** Enters an organization that does not use Opora (a school, a court), maintained by the caller's organization. */
    @Transactional
    public OrganizationView registerExternal(OrganizationInput input) {
        Organization organization = new Organization();
        organization.id = uniqueSlug(input.name());
        organization.createdAt = calendar.now();
        organization.usesOpora = false;
        organization.managedBy = caller.organization();
        write(organization, input);
        organizations.persist(organization);
        return published(organization);
    }

    private OrganizationView updateExternal(String id, String ifMatch, OrganizationInput input) {
        Organization organization = organizations.find(id);
        if (organization == null) {
            throw ProblemException.notFound("The organization");
        }
        if (organization.usesOpora || !organization.managedBy.equals(caller.organization())) {
            throw new ForbiddenException("this entry is maintained by another organization");
        }
        ETags.requireMatch(ifMatch, organization.version);
        write(organization, input);
        return published(organization);
    }

    /**
     * Publishes the entry as it now stands (its new version, hence the flush), in the same transaction: the other
     * services learn from these events which organizations exist (family-service checks consents against them).
     */
    private OrganizationView published(Organization organization) {
        organizations.flush();
        publish(organization);
        return OrganizationView.of(organization);
    }

    void publish(Organization o) {
        outbox.emitKeyed(EventType.DIRECTORY_ENTRY_SAVED, o.id,
                new DirectoryEntrySaved(o.id, o.name, o.type.name(), o.usesOpora, o.version, o.updatedAt));
    }

    /**
     * Publishes every entry again, once per start: a deployment that had entries before this event existed (or a
     * consumer whose projection was lost) gets them without a separate step. Consumers keep the highest version.
     */
    @Transactional
    public int republishAll() {
        List<Organization> all = organizations.all();
        all.forEach(this::publish);
        return all.size();
    }

    public OrganizationView get(String id) {
        Organization organization = organizations.find(id);
        if (organization == null) {
            throw ProblemException.notFound("The organization");
        }
        return OrganizationView.of(organization);
    }

    public Page<OrganizationView> search(String type, String municipality, String service, String accepting, String q,
                                         PageRequest page) {
        OrganizationType parsedType = Params.enumValue(OrganizationType.class, type, "type");
        Boolean parsedAccepting = Params.bool(accepting, "accepting");
        // The cursor names only the last entry shown (its slug); its name is re-read here.
        PageRequest.Keyset<String> after = page.afterEntry(id -> java.util.Optional.ofNullable(organizations.find(id))
                .map(o -> o.searchName));
        String afterName = after == null ? null : after.key();
        String afterId = after == null ? null : after.id();
        var rows = organizations.search(new OrganizationRepository.Criteria(parsedType, blank(municipality), blank(service),
                parsedAccepting, blank(q)), afterName, afterId, page.limit() + 1);
        return page.page(rows, OrganizationView::of, o -> Cursor.ofRow(o.id));
    }

    private void write(Organization o, OrganizationInput input) {
        o.name = input.name().strip();
        o.searchName = SearchText.normalize(o.name);
        o.type = input.type();
        o.municipalities = input.municipalities().stream().map(String::strip).distinct().toArray(String[]::new);
        o.searchMunicipalities = input.municipalities().stream().map(SearchText::normalize).distinct().toArray(String[]::new);
        o.region = input.region();
        o.services = input.services().stream().map(String::strip).distinct().toArray(String[]::new);
        o.searchServices = input.services().stream().map(SearchText::normalize).distinct().toArray(String[]::new);
        o.acceptingNewClients = input.acceptingNewClients();
        o.email = input.email();
        o.phone = input.phone();
        o.address = input.address();
        o.website = input.website();
        o.updatedAt = calendar.now();
    }

    private String uniqueSlug(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        base = base.isEmpty() ? "organizace" : base.substring(0, Math.min(base.length(), 56));
        String slug = base;
        for (int i = 2; organizations.find(slug) != null; i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
