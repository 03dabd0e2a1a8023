package cz.opora.conference.service;

import cz.opora.conference.domain.CaseConferenceParticipant;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseConferenceParticipantUpdate")
public record CaseConferenceParticipantUpdate(@NotNull CaseConferenceParticipant.Invitation invitation) {
}
