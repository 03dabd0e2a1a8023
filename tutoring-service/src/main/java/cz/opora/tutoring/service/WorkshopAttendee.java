package cz.opora.tutoring.service;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "WorkshopAttendee", description = "An adult member of a family with a consent to the programme")
public record WorkshopAttendee(@NotNull UUID familyId, @NotNull UUID memberId) {
}
