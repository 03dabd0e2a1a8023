package cz.opora.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A family conference coordinator: who, of which organization, speaking which languages, of which gender. */
@Entity
@Table(name = "coordinator")
public class CoordinatorProfile {
    @Id
    public UUID id;
    /** The coordinator's Keycloak id, when the coordinator logs in to Opora. */
    @Column(name = "user_subject")
    public String userSubject;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String organization;
    @Column(name = "organization_type", nullable = false)
    public String organizationType;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(40)[]")
    public String[] languages;
    public String gender;
    @Column(nullable = false)
    public boolean active;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;
}
