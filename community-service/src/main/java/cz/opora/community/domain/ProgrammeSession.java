package cz.opora.community.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** A session of a programme and how many came, by age band (no names). */
@Entity
@Table(name = "programme_session")
public class ProgrammeSession {
    @Id
    public UUID id;
    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;
    @Column(name = "session_date", nullable = false)
    public LocalDate date;
    @Column(nullable = false)
    public String topic;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "age_band")
    @Column(name = "participants", nullable = false)
    public Map<AgeBand, Integer> attendance = new EnumMap<>(AgeBand.class);
}
