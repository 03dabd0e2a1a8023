package cz.opora.family.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/** A worker of the owning organization on the family's team. */
@Entity
@Table(name = "family_team_member")
public class FamilyTeamMember {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "family_id")
    public Family family;

    /** Keycloak subject of the worker. */
    @Column(nullable = false)
    public String worker;

    @Column(name = "worker_name", nullable = false)
    public String workerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeamRole role;
}
