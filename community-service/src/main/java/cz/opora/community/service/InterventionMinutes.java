package cz.opora.community.service;

import cz.opora.community.domain.InterventionType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InterventionMinutes", description = "One intervention of a contact and the minutes it took")
public record InterventionMinutes(@NotNull InterventionType type, @Min(1) @Max(1440) int minutes) {
}
