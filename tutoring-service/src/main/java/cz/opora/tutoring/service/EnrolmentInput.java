package cz.opora.tutoring.service;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "EnrolmentInput")
public record EnrolmentInput(@NotNull UUID familyId, @NotNull UUID childId) {
}
