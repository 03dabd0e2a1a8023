package cz.opora.conference.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "FamilyConferenceOffer", examples = """
        {"familyId": "5f0c3d6a-8b2e-4f1a-9c7d-1e2f3a4b5c6d",
         "concern": "The children are alone in the evenings while the mother works night shifts; Dominik misses school.",
         "question": "How will the family make sure the boys are looked after in the evenings and go to school?",
         "bottomLines": ["An adult is with the boys every night.", "Dominik attends school every day."],
         "requestedLanguage": "romani", "requestedGender": "FEMALE"}""")
public record FamilyConferenceOffer(
        @NotNull UUID familyId,
        @Schema(description = "Why the referrer is worried") @NotBlank @Size(max = 4000) String concern,
        @Schema(description = "The question the family is asked to answer with its plan") @NotBlank @Size(max = 2000) String question,
        @Schema(description = "What the plan must ensure for the child to be safe; the only grounds for rejecting it")
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 1000) String> bottomLines,
        @Schema(description = "The family's wish for the coordinator's language") @Size(max = 40) String requestedLanguage,
        @Schema(description = "The family's wish for the coordinator's gender: FEMALE, MALE")
        @Pattern(regexp = "FEMALE|MALE", message = "must be FEMALE or MALE") String requestedGender) {
}
