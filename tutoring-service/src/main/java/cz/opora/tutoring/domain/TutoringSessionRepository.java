package cz.opora.tutoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TutoringSessionRepository implements PanacheRepositoryBase<TutoringSession, UUID> {
    public boolean existsOn(UUID matchId, LocalDate date) {
        return count("matchId = ?1 and date = ?2", matchId, date) > 0;
    }

    /** A match's sessions, newest first, after the given position. */
    public List<TutoringSession> page(UUID matchId, LocalDate afterDate, UUID afterId, int limit) {
        if (afterId == null) {
            return find("matchId = ?1 order by date desc, id desc", matchId).page(0, limit).list();
        }
        return find("matchId = ?1 and (date, id) < (?2, ?3) order by date desc, id desc", matchId, afterDate, afterId)
                .page(0, limit).list();
    }

    /** The sessions of several matches, newest first, at most {@code limit}. */
    public List<TutoringSession> ofMatches(Collection<UUID> matchIds, int limit) {
        return matchIds.isEmpty() ? List.of()
                : find("matchId in ?1 order by date desc, id desc", matchIds).page(0, limit).list();
    }
}
