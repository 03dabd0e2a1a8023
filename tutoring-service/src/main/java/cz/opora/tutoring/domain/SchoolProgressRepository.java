package cz.opora.tutoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SchoolProgressRepository implements PanacheRepositoryBase<SchoolProgress, UUID> {
    public Optional<SchoolProgress> forTerm(UUID matchId, String term) {
        return find("matchId = ?1 and term = ?2", matchId, term).firstResultOptional();
    }

    /** A match's terms, in order. */
    public List<SchoolProgress> ofMatch(UUID matchId) {
        return list("matchId = ?1 order by term", matchId);
    }
}
