package cz.opora.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An organization working with a family because of a referral, while the referral is open (referral events). */
@Entity
@Table(name = "family_partner")
@IdClass(FamilyPartner.Key.class)
public class FamilyPartner {
    @Id
    @Column(name = "referral_id")
    public UUID referralId;
    @Id
    public String organization;
    @Column(name = "family_id", nullable = false)
    public UUID familyId;
    @Column(nullable = false)
    public boolean open;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The composite key: one row per referral and side. */
    public static class Key implements Serializable {
        public UUID referralId;
        public String organization;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(referralId, k.referralId)
                    && java.util.Objects.equals(organization, k.organization);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(referralId, organization);
        }
    }
}
