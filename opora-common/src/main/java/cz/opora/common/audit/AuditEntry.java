package cz.opora.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** One read or write of family data: who, for which organization, what, which records, when, through what. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
    @Id
    public UUID id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_username")
    public String actorUsername;

    @Column(name = "actor_organization")
    public String actorOrganization;

    @Column(nullable = false)
    public String action;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "resource_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] resourceIds;

    @Column(nullable = false)
    public String endpoint;
}
