package cz.opora.family.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Something that happened with a family, from this service or reported by another one. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {
    @Id
    public UUID id;
    @Column(name = "family_id", nullable = false)
    public UUID familyId;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    /** What happened, e.g. {@code consent.granted}, {@code contact.recorded}, {@code referral.accepted}. */
    @Column(nullable = false)
    public String kind;
    /** A short description without personal data beyond what the family's own record shows. */
    @Column(nullable = false)
    public String summary;
    @Column(name = "ref_type")
    public String refType;
    @Column(name = "ref_id")
    public UUID refId;
    /** The service that reported it. */
    @Column(nullable = false)
    public String source;
    public String actor;
    /** The id of the other service's event this entry was reported by (unique); null for this service's own actions. */
    @Column(name = "source_event_id")
    public UUID sourceEventId;
    /** The values the summary is made of (organization ids, codes, counts; never people), for rendering it in Czech. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
}
