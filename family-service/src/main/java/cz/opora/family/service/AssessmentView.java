package cz.opora.family.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import cz.opora.family.domain.Assessment;
import cz.opora.family.domain.AssessmentStatus;
import cz.opora.family.domain.Rating;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An assessment; in lists without ratings and formulation. */
@Schema(name = "Assessment")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentView(UUID id, AssessmentStatus status, String summary, List<Rated> ratings,
                             List<Factor> formulation, Instant createdAt, Instant updatedAt, Instant completedAt,
                             @JsonIgnore @Schema(hidden = true) long version) {

    @Schema(name = "Rated")
    public record Rated(String domain, UUID memberId, Rating rating, String notes) {
    }

    @Schema(name = "Factor")
    public record Factor(UUID id, String category, String text, boolean priority) {
    }

    static AssessmentView full(Assessment a) {
        return new AssessmentView(a.id, a.status, a.summary,
                a.ratings.stream().map(r -> new Rated(r.domain, r.memberId, r.rating, r.notes)).toList(),
                a.factors.stream().map(f -> new Factor(f.id, f.category, f.text, f.priority)).toList(),
                a.createdAt, a.updatedAt, a.completedAt, a.version);
    }

    static AssessmentView summary(Assessment a) {
        return new AssessmentView(a.id, a.status, a.summary, null, null, a.createdAt, a.updatedAt, a.completedAt,
                a.version);
    }
}
