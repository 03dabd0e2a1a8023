package cz.opora.tutoring.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "TutoringSessionInput", examples = """
        {"date": "2026-11-23", "held": true, "durationMinutes": 90, "childPresent": true, "parentPresent": true,
         "subjects": ["math"], "workedOn": "Multiplication by 6 and 7; reading a short story aloud.",
         "noteForSas": "The mother asked about the school trip fee."}""")
public record TutoringSessionInput(@NotNull @PastOrPresent LocalDate date,
                                   @Schema(description = "false: the session was missed (nobody home, cancelled)") @NotNull Boolean held,
                                   @Min(0) @Max(480) Integer durationMinutes, Boolean childPresent, Boolean parentPresent,
                                   @Size(max = 10) List<@NotBlank @Size(max = 60) String> subjects,
                                   @Size(max = 4000) String workedOn,
                                   @Schema(description = "For the child's SAS worker") @Size(max = 2000) String noteForSas) {
}
