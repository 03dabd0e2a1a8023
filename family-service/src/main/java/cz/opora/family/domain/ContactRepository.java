package cz.opora.family.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {
    public Optional<Contact> findInFamily(UUID familyId, UUID id) {
        return find("familyId = ?1 and id = ?2", familyId, id).singleResultOptional();
    }

    /** Newest first by the day it happened. */
    public List<Contact> page(UUID familyId, LocalDate afterDay, UUID afterId, int limit) {
        if (afterId == null) {
            return find("familyId = ?1 order by occurredOn desc, id desc", familyId).page(0, limit).list();
        }
        return find("familyId = ?1 and (occurredOn, id) < (?2, ?3) order by occurredOn desc, id desc",
                familyId, afterDay, afterId).page(0, limit).list();
    }
}
