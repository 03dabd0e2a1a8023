package cz.opora.projection;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A family as another service knows it from family-service's events; family-service owns the record. */
@Entity
@Table(name = "known_family")
public class KnownFamily {
    @Id
    public UUID id;

    @Column(name = "owning_organization", nullable = false)
    public String owningOrganization;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String municipality;

    @Column(nullable = false)
    public String status;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<KnownFamilyMember> members = new ArrayList<>();
}
