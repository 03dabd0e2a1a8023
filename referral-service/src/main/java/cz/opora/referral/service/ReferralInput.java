package cz.opora.referral.service;

import cz.opora.events.DataScope;
import cz.opora.referral.domain.Basis;
import cz.opora.referral.domain.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A referral as the sender writes it: created as a draft, replaced as a whole while it is one. */
@Schema(name = "ReferralInput", examples = """
        {"familyId": "5f0c3d6a-8b2e-4f1a-9c7d-1e2f3a4b5c6d", "memberIds": ["9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"],
         "recipientOrganization": "nzdm-kotva", "reason": "Jakub (14) spends afternoons alone; school reports absences.",
         "request": "Take Jakub into the club's individual work; tell us within a week whether he came.",
         "urgency": "ROUTINE", "basis": "CONSENT", "consentId": "7e6f8a9b-0c1d-4e2f-9a3b-4c5d6e7f8a9b",
         "scopes": ["BASIC", "SCHOOL"]}""")
public record ReferralInput(
        @Schema(description = "A family your organization works with (or was referred by an accepted referral)")
        @NotNull UUID familyId,
        @Schema(description = "The children referred; empty or absent: the whole family")
        @Size(max = 50) List<@NotNull UUID> memberIds,
        @Schema(description = "The recipient's id in the directory (GET /api/v1/organizations)", examples = "nzdm-kotva")
        @NotBlank @Size(max = 64) String recipientOrganization,
        @Schema(description = "Why the family is referred")
        @NotBlank @Size(max = 4000) String reason,
        @Schema(description = "What the recipient is asked to do")
        @NotBlank @Size(max = 4000) String request,
        @Schema(description = "Sets the response deadline: ROUTINE, URGENT or EMERGENCY (configured per deployment)")
        @NotNull Urgency urgency,
        @Schema(description = "CONSENT: the family's consent to share with the recipient; STATUTORY: only where OSPOD "
                + "sends or receives")
        @NotNull Basis basis,
        @Schema(description = "With basis CONSENT: a consent of the family, valid today, to share with the recipient "
                + "organization or its type")
        UUID consentId,
        @Schema(description = "With basis STATUTORY: the legal reference", examples = "§ 10 odst. 4 zákona č. 359/1999 Sb.")
        @Size(max = 200) String statutoryReference,
        @Schema(description = "What the recipient may see once it accepts; with a consent, at most what it covers "
                + "(default: all of it); BASIC is always included")
        @Size(max = 6) List<@NotNull DataScope> scopes) {
}
