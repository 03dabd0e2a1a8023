package cz.opora.conference.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "CaseConferenceView")
public record ParticipantOpinion(@NotNull UUID participantId, @NotBlank @Size(max = 4000) String view) {
}
