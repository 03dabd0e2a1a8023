package cz.opora.tutoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A preschool club (předškolní klub): where, who leads it, how many children it takes, when it meets. */
@Entity
@Table(name = "club")
public class Club {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String organization;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String place;
    @Column(name = "leader_name", nullable = false)
    public String leaderName;
    @Column(nullable = false)
    public int capacity;
    @Column(nullable = false)
    public String schedule;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;
}
