package cz.opora.tutoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Workshop sessions and who came. */
@ApplicationScoped
public class WorkshopSessionRepository implements PanacheRepositoryBase<WorkshopSession, UUID> {
    /** One adult who came (the table has no entity: it is written once and only counted). */
    public void recordAttendance(UUID sessionId, UUID familyId, UUID memberId) {
        getEntityManager().createNativeQuery("INSERT INTO workshop_attendance (session_id, family_id, member_id) VALUES (?1, ?2, ?3)")
                .setParameter(1, sessionId).setParameter(2, familyId).setParameter(3, memberId).executeUpdate();
    }
}
