package cz.opora.family.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A family's case record, owned by one organization: only that organization's workers see it. */
@Entity
@Table(name = "family")
public class Family {
    @Id
    public UUID id;

    @Column(name = "owning_organization", nullable = false, updatable = false)
    public String owningOrganization;

    @Column(nullable = false)
    public String name;

    public String street;

    @Column(nullable = false)
    public String municipality;

    @Column(name = "postal_code")
    public String postalCode;

    public String locality;

    @Column(name = "socially_excluded_locality", nullable = false)
    public boolean sociallyExcludedLocality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FamilyStatus status;

    /** Keycloak subject of the key worker (case manager). */
    @Column(name = "key_worker")
    public String keyWorker;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<FamilyMember> members = new ArrayList<>();
}
