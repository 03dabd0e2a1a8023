package cz.opora.tutoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.UUID;

/** Club sessions and their attendance register. */
@ApplicationScoped
public class ClubSessionRepository implements PanacheRepositoryBase<ClubSessionEntity, UUID> {
    public boolean existsOn(UUID clubId, LocalDate date) {
        return count("clubId = ?1 and date = ?2", clubId, date) > 0;
    }

    /** One line of the register (the table has no entity: it is written once and only counted). */
    public void recordAttendance(UUID sessionId, UUID enrolmentId, boolean present) {
        getEntityManager().createNativeQuery("INSERT INTO club_attendance (session_id, enrolment_id, present) VALUES (?1, ?2, ?3)")
                .setParameter(1, sessionId).setParameter(2, enrolmentId).setParameter(3, present).executeUpdate();
    }
}
