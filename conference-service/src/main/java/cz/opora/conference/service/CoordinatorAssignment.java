package cz.opora.conference.service;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "CoordinatorAssignment")
public record CoordinatorAssignment(@NotNull UUID coordinatorId) {
}
