package cz.opora.community.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "MediationSessionInput", examples = "{\"date\": \"2026-11-20\", \"durationMinutes\": 90}")
public record MediationSessionInput(@NotNull @PastOrPresent LocalDate date, @Min(1) @Max(1440) int durationMinutes) {
}
