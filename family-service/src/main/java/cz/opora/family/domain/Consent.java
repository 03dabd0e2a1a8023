package cz.opora.family.domain;

import cz.opora.events.ConsentPurpose;
import cz.opora.events.DataScope;
import cz.opora.events.OrganizationType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** One consent in a family's ledger: who gave it, for what, to whom, for which period, on which signed form. */
@Entity
@Table(name = "consent")
public class Consent {
    @Id
    public UUID id;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(name = "given_by_member_id", nullable = false)
    public UUID givenByMemberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentPurpose purpose;

    /** For SHARING with one organization: its alias (the token claim {@code org}). */
    @Column(name = "recipient_organization")
    public String recipientOrganization;

    /** For SHARING with every organization of a type. */
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type")
    public OrganizationType recipientType;

    @Convert(converter = DataScopesConverter.class)
    @Column(nullable = false)
    public Set<DataScope> scopes = EnumSet.of(DataScope.BASIC);

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** Last day of validity (inclusive); null: until withdrawn. */
    @Column(name = "valid_until")
    public LocalDate validUntil;

    /** Where the signed form is kept (file number, document id). */
    @Column(name = "form_reference", nullable = false)
    public String formReference;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawal_note")
    public String withdrawalNote;

    /** When the expiry job noticed that the period ended (and published it). */
    @Column(name = "expired_at")
    public Instant expiredAt;

    @Version
    public long version;

    public ConsentStatus status(LocalDate today) {
        if (withdrawnAt != null) {
            return ConsentStatus.WITHDRAWN;
        }
        if (validUntil != null && today.isAfter(validUntil)) {
            return ConsentStatus.EXPIRED;
        }
        if (today.isBefore(validFrom)) {
            return ConsentStatus.NOT_YET_VALID;
        }
        return ConsentStatus.VALID;
    }
}
