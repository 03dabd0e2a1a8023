package cz.opora.tutoring.service;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "Presence")
public record Presence(@NotNull UUID enrolmentId, @NotNull Boolean present) {
}
