package cz.opora.community.service;

import cz.opora.community.domain.ContactPlace;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ContactInput", examples = """
        {"place": "FIELD", "date": "2026-11-20", "durationMinutes": 45,
         "interventions": [{"type": "CONTACT_WORK", "minutes": 15}, {"type": "COUNSELLING", "minutes": 30}]}""")
public record ContactInput(@NotNull ContactPlace place, @NotNull @PastOrPresent LocalDate date,
                           @Min(1) @Max(1440) int durationMinutes,
                           @NotNull @Size(min = 1, max = 6) List<@NotNull @Valid InterventionMinutes> interventions) {
}
