package cz.opora.conference.service;

import cz.opora.conference.domain.FamilyConferenceInvitee;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "FamilyConferenceInvitation", examples = """
        {"kind": "NETWORK", "name": "Věra Dušková", "relation": "sousedka"}""")
public record FamilyConferenceInvitation(
        @NotNull FamilyConferenceInvitee.Kind kind,
        @Schema(description = "FAMILY_MEMBER: the member's id in the family") UUID memberId,
        @Schema(description = "NETWORK and PROFESSIONAL: the name") @Size(max = 200) String name,
        @Schema(description = "How the person is related to the family, or the professional's role") @Size(max = 100) String relation,
        @Schema(description = "PROFESSIONAL: the organization's id in the directory, if it has one") @Size(max = 100) String organization) {
}
