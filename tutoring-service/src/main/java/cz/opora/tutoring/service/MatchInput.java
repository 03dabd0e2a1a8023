package cz.opora.tutoring.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "MatchInput", examples = """
        {"tutorId": "3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f", "familyId": "5f0c3d6a-8b2e-4f1a-9c7d-1e2f3a4b5c6d",
         "childId": "8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e", "place": "Bratislavská 41, Brno (ubytovna, pokoj 12)",
         "schedule": "Mon and Wed 16:00-17:30", "school": "ZŠ Merhautova", "schoolClass": "3.B",
         "sasContactName": "Martin Dvořák", "sasContactPhone": "+420 543 000 111", "subjects": ["math", "czech"],
         "goals": "Reading fluently; the school reports gaps in multiplication."}""")
public record MatchInput(@NotNull UUID tutorId, @NotNull UUID familyId, @NotNull UUID childId,
                         @Schema(description = "Where the tutor visits: the family's home") @NotBlank @Size(max = 300) String place,
                         @NotBlank @Size(max = 500) String schedule,
                         @Size(max = 200) String school, @Size(max = 40) String schoolClass,
                         @Schema(description = "The child's SAS worker, the tutor's contact") @NotBlank @Size(max = 200) String sasContactName,
                         @Size(max = 40) String sasContactPhone,
                         @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 60) String> subjects,
                         @Schema(description = "Subjects and what the school reports") @NotBlank @Size(max = 4000) String goals) {
}
