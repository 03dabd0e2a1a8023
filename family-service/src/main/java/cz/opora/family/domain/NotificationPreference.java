package cz.opora.family.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Whether a worker wants e-mail for a kind of notification (no row: yes). */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {
    @Embeddable
    public static class Key implements Serializable {
        @Column(nullable = false)
        public String organization;
        @Column(nullable = false)
        public String recipient;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public NotificationKind kind;

        public Key() {
        }

        public Key(String organization, String recipient, NotificationKind kind) {
            this.organization = organization;
            this.recipient = recipient;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(organization, k.organization)
                    && Objects.equals(recipient, k.recipient) && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(organization, recipient, kind);
        }
    }

    @EmbeddedId
    public Key key;
    @Column(nullable = false)
    public boolean email;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
