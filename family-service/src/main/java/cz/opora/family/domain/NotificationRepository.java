package cz.opora.family.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {
    /** The worker's notifications, newest first (keyset on created_at, id), optionally only the unread ones. */
    public List<Notification> page(String organization, String recipient, boolean unreadOnly, Instant afterAt, UUID afterId,
                                   int limit) {
        String q = "organization = ?1 and recipient = ?2" + (unreadOnly ? " and readAt is null" : "");
        if (afterId == null) {
            return find(q + " order by createdAt desc, id desc", organization, recipient).page(0, limit).list();
        }
        return find(q + " and (createdAt, id) < (?3, ?4) order by createdAt desc, id desc",
                organization, recipient, afterAt, afterId).page(0, limit).list();
    }

    public long unread(String organization, String recipient) {
        return count("organization = ?1 and recipient = ?2 and readAt is null", organization, recipient);
    }

    /** The worker's own notification; another worker's is not found. */
    public Optional<Notification> findOwn(String organization, String recipient, UUID id) {
        return find("id = ?1 and organization = ?2 and recipient = ?3", id, organization, recipient).firstResultOptional();
    }

    public boolean exists(String recipient, String cause) {
        return count("recipient = ?1 and cause = ?2", recipient, cause) > 0;
    }

    public boolean wantsEmail(String organization, String recipient, NotificationKind kind) {
        NotificationPreference preference = getEntityManager().find(NotificationPreference.class,
                new NotificationPreference.Key(organization, recipient, kind));
        return preference == null || preference.email;
    }

    public List<NotificationPreference> preferences(String organization, String recipient) {
        return getEntityManager().createQuery("from NotificationPreference p where p.key.organization = ?1 "
                        + "and p.key.recipient = ?2", NotificationPreference.class)
                .setParameter(1, organization).setParameter(2, recipient).getResultList();
    }
}
