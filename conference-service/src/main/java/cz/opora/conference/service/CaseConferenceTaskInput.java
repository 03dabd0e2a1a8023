package cz.opora.conference.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "CaseConferenceTaskInput")
public record CaseConferenceTaskInput(@NotBlank @Size(max = 2000) String what, @NotNull UUID ownerParticipantId, @NotNull LocalDate dueDate) {
}
