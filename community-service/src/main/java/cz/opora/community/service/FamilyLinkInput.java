package cz.opora.community.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "FamilyLinkInput", examples = """
        {"familyId": "5f0c3d6a-8b2e-4f1a-9c7d-1e2f3a4b5c6d", "memberId": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
         "agreedOn": "2026-11-20"}""")
public record FamilyLinkInput(
        @Schema(description = "A case file of the caller's own organization") @NotNull UUID familyId,
        @Schema(description = "The member of that file the client is") @NotNull UUID memberId,
        @Schema(description = "The day the client agreed to the link (recorded in the client's file)")
        @NotNull @PastOrPresent LocalDate agreedOn) {
}
