package cz.opora.community.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A group or community programme (community work in a hostel, a seminar, a parent group...), its place and facilitators. */
@Entity
@Table(name = "programme")
public class Programme {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String organization;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgrammeKind kind;
    @Column(nullable = false)
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind", nullable = false)
    public PlaceKind placeKind;
    @Column(nullable = false)
    public String municipality;
    /** The facilitators' token subjects (workers of the organization). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(100)[]")
    public String[] facilitators;
    public String outcomes;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
