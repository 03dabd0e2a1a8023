package cz.opora.conference.service;

import cz.opora.conference.domain.FamilyConferenceInvitee;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FamilyConferenceInvitationAnswer")
public record InvitationAnswer(
        @Schema(description = "AGREED, DECLINED or EXCLUDED (for safety; needs a reason)")
        @NotNull FamilyConferenceInvitee.Status status,
        @Size(max = 2000) String exclusionReason) {
}
