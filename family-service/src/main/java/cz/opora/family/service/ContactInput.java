package cz.opora.family.service;

import cz.opora.family.domain.Contact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contact (intervention) as the worker records it. */
@Schema(name = "ContactInput")
public record ContactInput(
        @NotNull @PastOrPresent LocalDate date,
        @Schema(description = "Minutes, 1 to 1440") @NotNull @Min(1) @Max(1440) Integer durationMinutes,
        @NotNull Contact.Type type,
        @Schema(description = "The workers present; default: you") @Size(max = 10) List<FamilyCommands.@NotNull @Valid Worker> workers,
        @Schema(description = "Family members present") @Size(max = 50) List<@NotNull UUID> membersPresent,
        @Schema(description = "Topics, e.g. housing, debts, school") @Size(max = 20) List<@NotBlank @Size(max = 100) String> topics,
        @Schema(description = "Plan goals the contact worked on") @Size(max = 30) List<@NotNull UUID> goals,
        @Size(max = 8000) String summary) {
}
