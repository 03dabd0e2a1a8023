package cz.opora.conference.service;

import cz.opora.conference.domain.CaseConferenceParticipant;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "CaseConferenceParticipantInput", examples = """
        {"kind": "EXTERNAL", "name": "Mgr. Petra Učitelová", "institution": "ZŠ Merhautova", "role": "třídní učitelka"}""")
public record CaseConferenceParticipantInput(
        @NotNull CaseConferenceParticipant.Kind kind,
        @Schema(description = "WORKER: the organization's id (its Keycloak alias)") @Size(max = 100) String organization,
        @Schema(description = "WORKER: the organization's type, e.g. SAS") @Size(max = 40) String organizationType,
        @Schema(description = "FAMILY_MEMBER: the member's id") UUID memberId,
        @Schema(description = "WORKER and EXTERNAL: the name") @Size(max = 200) String name,
        @Size(max = 200) String institution,
        @Size(max = 200) String role) {
}
