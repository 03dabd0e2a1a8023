package cz.opora.conference.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "FamilyConferenceContribution", description = "A professional's information and concerns, "
        + "recorded in the information-sharing phase")
public record FamilyConferenceContribution(@NotNull UUID inviteeId, @NotBlank @Size(max = 4000) String information,
                                           @Size(max = 4000) String concerns) {
}
