package cz.opora.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
    public String purpose;
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
    public String endReason;

    /** Whether the consent lets the family's data be shared with this recipient on this day. */
    public boolean allowsSharingWith(String organization, String organizationType, LocalDate day) {
        return endedAt == null && "SHARING".equals(purpose) && !day.isBefore(validFrom)
                && (validUntil == null || !day.isAfter(validUntil))
                && (organization.equals(recipientOrganization) || organizationType.equals(recipientType));
    }
}
