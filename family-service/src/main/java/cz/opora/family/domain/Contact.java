package cz.opora.family.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One intervention with the family: what funders and the national statistics count. */
@Entity
@Table(name = "contact")
public class Contact {
    @Schema(name = "ContactType")
    public enum Type { HOME_VISIT, OFFICE, PHONE, ACCOMPANIMENT, GROUP_SESSION, ONLINE }

    @Id
    public UUID id;
    @Column(name = "family_id", nullable = false)
    public UUID familyId;
    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;
    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Type type;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(100)[]")
    public String[] topics;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "member_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] memberIds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "goal_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] goalIds;
    public String summary;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Version
    public long version;

    /** Loaded in batches for lists: one query per page, not one per contact. */
    @ElementCollection
    @CollectionTable(name = "contact_worker", joinColumns = @JoinColumn(name = "contact_id"))
    @BatchSize(size = 100)
    public List<Worker> workers = new ArrayList<>();

    @Embeddable
    public static class Worker {
        @Column(nullable = false)
        public String worker;
        @Column(name = "worker_name", nullable = false)
        public String workerName;

        public Worker() {
        }

        public Worker(String worker, String workerName) {
            this.worker = worker;
            this.workerName = workerName;
        }
    }
}
