package cz.opora.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * One read or write of family data: who, for which organization, what, which records, when, through what endpoint
 * and (when the route addressed one) through which record; in family-service also the reads other services reported
 * (their service, and the reader's access grant at the time).
 */
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

    /** The service where it happened, when another service reported it; null: this service. */
    @Column(name = "source_service")
    public String sourceService;

    /** The record the request went through ({@code referral}, {@code case-conference}, {@code match}...), or null. */
    @Column(name = "through_type")
    public String throughType;

    @Column(name = "through_id")
    public UUID throughId;

    /** family-service, for another organization's read: the access grant it held for the family then, if any. */
    @Column(name = "grant_id")
    public UUID grantId;
}
