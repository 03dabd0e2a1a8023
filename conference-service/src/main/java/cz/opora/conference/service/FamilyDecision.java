package cz.opora.conference.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "FamilyDecision", examples = """
        {"decision": "CONSENTED", "memberId": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
         "consentId": "7e6f8a9b-0c1d-4e2f-9a3b-4c5d6e7f8a9b"}""")
public record FamilyDecision(
        @Schema(description = "CONSENTED or DECLINED") @NotNull @Pattern(regexp = "CONSENTED|DECLINED",
                message = "must be CONSENTED or DECLINED") String decision,
        @Schema(description = "The adult family member who decided") @NotNull UUID memberId,
        @Schema(description = "With CONSENTED: the family's consent to the conference (purpose FAMILY_CONFERENCE) "
                + "recorded in family-service") UUID consentId,
        @Size(max = 2000) String note) {
}
