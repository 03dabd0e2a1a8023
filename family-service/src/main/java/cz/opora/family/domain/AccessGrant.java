package cz.opora.family.domain;

import cz.opora.events.DataScope;
import cz.opora.events.OrganizationType;
import cz.opora.events.access.GrantReason;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Why another organization may see a family, and how much. */
@Entity
@Table(name = "access_grant")
public class AccessGrant {
    public enum Basis { CONSENT, STATUTORY }

    @Id
    public UUID id;
    @Column(name = "family_id", nullable = false)
    public UUID familyId;
    @Column(nullable = false)
    public String organization;
    @Enumerated(EnumType.STRING)
    @Column(name = "organization_type", nullable = false)
    public OrganizationType organizationType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GrantReason reason;
    @Column(name = "reason_id", nullable = false)
    public UUID reasonId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Basis basis;
    @Column(name = "consent_id")
    public UUID consentId;
    @Column(name = "statutory_reference")
    public String statutoryReference;
    @Convert(converter = DataScopesConverter.class)
    @Column(nullable = false)
    public Set<DataScope> scopes;
    /** The children (members) the grant is about; empty: the whole family. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "member_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] memberIds;
    @Column(name = "valid_until")
    public Instant validUntil;
    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(nullable = false)
    public String source;
    /** The organization that gave the grant; when it is not the family's owner, the grant is capped at its own view. */
    @Column
    public String grantor;
}
