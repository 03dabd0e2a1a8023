package cz.opora.family.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Links between case files; a file's links are read through its own side (the family_id of the primary key). */
@ApplicationScoped
public class CaseLinkRepository implements PanacheRepositoryBase<CaseLink, CaseLink.Key> {

    /** The file's links, oldest first. */
    public List<CaseLink> of(UUID familyId) {
        return list("familyId = ?1 order by linkedAt, id", familyId);
    }

    public Optional<CaseLink> between(UUID familyId, UUID linkedFamilyId) {
        return find("familyId = ?1 and linkedFamilyId = ?2", familyId, linkedFamilyId).firstResultOptional();
    }

    /** The organization's own file linked to the given file, if it has one. */
    public Optional<CaseLink> ownFileLinkedTo(UUID familyId, String organization) {
        return find("linkedFamilyId = ?1 and familyId in (select f.id from Family f where f.owningOrganization = ?2)",
                familyId, organization).firstResultOptional();
    }

    /** Both sides of a link. */
    public long deleteLink(UUID linkId) {
        return delete("id", linkId);
    }
}
