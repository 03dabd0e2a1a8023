package cz.opora.community.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Contacts, read through their client (whose organization the caller's must be). */
@ApplicationScoped
public class ClientContactRepository implements PanacheRepositoryBase<ClientContact, UUID> {
    public Optional<ClientContact> visible(UUID id, String organization) {
        return find("id = ?1 and organization = ?2", id, organization).firstResultOptional();
    }

    /** The client's contacts, newest day first, after the given position. */
    public List<ClientContact> page(UUID clientId, LocalDate afterDate, UUID afterId, int limit) {
        if (afterId == null) {
            return find("clientId = ?1 order by date desc, id desc", clientId).page(0, limit).list();
        }
        return find("clientId = ?1 and (date, id) < (?2, ?3) order by date desc, id desc", clientId, afterDate, afterId)
                .page(0, limit).list();
    }
}
