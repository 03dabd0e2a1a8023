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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A contact with an anonymous client: where, when, how long, who (the worker's token subject) and what was done. */
@Entity
@Table(name = "client_contact")
public class ClientContact {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String organization;
    @Column(name = "client_id", nullable = false)
    public UUID clientId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactPlace place;
    @Column(name = "contact_date", nullable = false)
    public LocalDate date;
    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;
    @Column(nullable = false)
    public String worker;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_intervention", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    public List<Intervention> interventions = new ArrayList<>();
}
