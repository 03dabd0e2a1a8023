package cz.opora.family.service;

import cz.opora.common.inbox.PoisonEventException;
import cz.opora.events.OrganizationType;
import cz.opora.events.directory.DirectoryEntrySaved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The directory of organizations as family-service knows it: referral-service owns the directory and publishes
 * every entry it saves ({@code cz.opora.directory.entry-saved}); this projection keeps each entry's newest version.
 */
@ApplicationScoped
public class KnownOrganizations {
    static final String PUBLISHER = "/opora/referral-service";

    @Inject
    EntityManager em;

    /** Creates or replaces the entry, unless a newer version is already here (a late or repeated copy changes nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DirectoryEntrySaved entry, String source) {
        if (!PUBLISHER.equals(source)) {
            throw new PoisonEventException("only referral-service publishes directory entries");
        }
        em.createNativeQuery("INSERT INTO known_organization (id, name, type, uses_opora, version, saved_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                        + "type = excluded.type, uses_opora = excluded.uses_opora, version = excluded.version, "
                        + "saved_at = excluded.saved_at WHERE known_organization.version <= excluded.version")
                .setParameter(1, entry.organizationId()).setParameter(2, entry.name())
                .setParameter(3, OrganizationType.valueOf(entry.type()).name()).setParameter(4, entry.usesOpora())
                .setParameter(5, entry.version()).setParameter(6, entry.savedAt())
                .executeUpdate();
    }

    /** True when the directory has an entry with this id. */
    public boolean exists(String organizationId) {
        return !em.createNativeQuery("SELECT 1 FROM known_organization WHERE id = ?1")
                .setParameter(1, organizationId).getResultList().isEmpty();
    }

    /** The directory's name of an organization, if it has an entry. */
    public java.util.Optional<String> name(String organizationId) {
        return em.createNativeQuery("SELECT name FROM known_organization WHERE id = ?1", String.class)
                .setParameter(1, organizationId).getResultStream().findFirst().map(String.class::cast);
    }
}
