package cz.opora.family.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A structured assessment of the family's situation: domain ratings and a formulation. */
@Entity
@Table(name = "assessment")
public class Assessment {
    @Id
    public UUID id;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentStatus status;

    public String summary;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "completed_by")
    public String completedBy;

    @Version
    public long version;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<RatingEntry> ratings = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Factor> factors = new ArrayList<>();

    @Entity(name = "AssessmentRating")
    @Table(name = "assessment_rating")
    public static class RatingEntry {
        @Id
        public UUID id;
        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "assessment_id")
        public Assessment assessment;
        @Column(nullable = false)
        public int position;
        @Column(nullable = false)
        public String domain;
        @Column(name = "member_id")
        public UUID memberId;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Rating rating;
        public String notes;
    }

    @Entity(name = "FormulationFactor")
    @Table(name = "formulation_factor")
    public static class Factor {
        @Id
        public UUID id;
        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "assessment_id")
        public Assessment assessment;
        @Column(nullable = false)
        public int position;
        @Column(nullable = false)
        public String category;
        @Column(nullable = false)
        public String text;
        @Column(nullable = false)
        public boolean priority;
    }
}
