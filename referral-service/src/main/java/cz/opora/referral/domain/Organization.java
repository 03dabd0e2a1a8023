package cz.opora.referral.domain;

import cz.opora.events.OrganizationType;
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

/**
 * An organization in the directory. For organizations that use Opora the id is the organization's alias in
 * Keycloak (the {@code org} claim); organizations that do not (a school, a court) get a slug and are maintained by
 * the organization that entered them.
 */
@Entity
@Table(name = "organization")
public class Organization {
    @Id
    public String id;
    @Column(nullable = false)
    public String name;
    @Column(name = "search_name", nullable = false)
    public String searchName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganizationType type;
    @Column(name = "uses_opora", nullable = false)
    public boolean usesOpora;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(100)[]")
    public String[] municipalities;
    /** The municipalities normalised for search (SearchText). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "search_municipalities", nullable = false, columnDefinition = "varchar(100)[]")
    public String[] searchMunicipalities;
    public String region;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(100)[]")
    public String[] services;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "search_services", nullable = false, columnDefinition = "varchar(100)[]")
    public String[] searchServices;
    @Column(name = "accepting_new_clients", nullable = false)
    public boolean acceptingNewClients;
    public String email;
    public String phone;
    public String address;
    public String website;
    /** The Opora organization that maintains the entry: itself, or whoever entered a non-Opora organization. */
    @Column(name = "managed_by", nullable = false)
    public String managedBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
