package cz.opora.projection;

import cz.opora.events.ConsentEndReason;
import cz.opora.events.ConsentPurpose;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A family's consent as another service knows it from family-service's events. */
@Entity
@Table(name = "known_consent")
public class KnownConsent {
    @Id
    public UUID id;
    @Column(name = "family_id", nullable = false)
    public UUID familyId;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public ConsentPurpose purpose;
    @Column(name = "recipient_organization")
    public String recipientOrganization;
    @Column(name = "recipient_type")
    public String recipientType;
    /** Comma-separated scopes, as family-service lists them. */
    @Column(nullable = false)
    public String scopes;
    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    /** When it was withdrawn or expired; null while it stands. */
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "end_reason")
    @Enumerated(EnumType.STRING)
    public ConsentEndReason endReason;

    /**
     * Whether the consent stands for {@code purpose} on {@code day}: not withdrawn or expired, and the day within its
     * validity (days in the work calendar's zone).
     */
    public boolean validFor(ConsentPurpose purpose, LocalDate day) {
        return endedAt == null && this.purpose == purpose && !day.isBefore(validFrom)
                && (validUntil == null || !day.isAfter(validUntil));
    }

    /** Whether the consent lets the family's data be shared with this recipient (organization or its type) on this day. */
    public boolean allowsSharingWith(String organization, String organizationType, LocalDate day) {
        return validFor(ConsentPurpose.SHARING, day)
                && (organization.equals(recipientOrganization) || organizationType.equals(recipientType));
    }
}
