package cz.opora.community.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A mediation kept by the mediating organization: what about, how, the parties as labels, and how it ended. */
@Entity
@Table(name = "mediation_case")
public class MediationCase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String organization;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MediationType type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MediationMode mode;
    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;
    @Enumerated(EnumType.STRING)
    public MediationOutcome outcome;
    @Column(name = "closed_on")
    public LocalDate closedOn;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mediation_party", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    public List<MediationParty> parties = new ArrayList<>();

    public boolean closed() {
        return outcome != null;
    }
}
