package cz.opora.family.service;

import cz.opora.family.domain.Rating;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** An assessment's content, written or replaced as a whole while it is a draft. */
@Schema(name = "AssessmentInput")
public record AssessmentInput(
        @NotNull @Size(max = 200) List<@NotNull @Valid DomainRating> ratings,
        @NotNull @Size(max = 100) List<@NotNull @Valid FormulationFactor> formulation,
        @Schema(description = "The worker's summary of the situation") @Size(max = 8000) String summary) {

    @Schema(name = "DomainRating")
    public record DomainRating(
            @Schema(description = "A domain of GET /api/v1/assessment-framework", examples = "child.education")
            @NotBlank @Size(max = 100) String domain,
            @Schema(description = "The child (child.*) or parent (parent.*) rated; none for family.*") UUID memberId,
            @NotNull Rating rating,
            @Size(max = 4000) String notes) {
    }

    @Schema(name = "FormulationFactor")
    public record FormulationFactor(
            @Schema(examples = "perpetuating") @NotBlank @Size(max = 50) String category,
            @NotBlank @Size(max = 4000) String text,
            @Schema(description = "A priority to turn into a plan goal (perpetuating factors only by default)")
            boolean priority) {
    }
}
