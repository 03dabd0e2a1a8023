package cz.opora.tutoring.service;

import cz.opora.tutoring.domain.ReadinessAssessment;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;

@Schema(name = "ReadinessInput", examples = """
        {"stage": "ENTRY", "assessedOn": "2026-09-15",
         "scores": {"language": 2, "fine-motor": 3, "attention": 2, "social": 3, "self-care": 4}}""")
public record ReadinessInput(@NotNull ReadinessAssessment.Stage stage, @NotNull @PastOrPresent LocalDate assessedOn,
                             @Schema(description = "1 (needs much support) to 4 (ready), per configured domain")
                             @NotEmpty Map<@NotBlank String, @NotNull @Min(1) @Max(4) Integer> scores,
                             @Size(max = 2000) String note) {
}
