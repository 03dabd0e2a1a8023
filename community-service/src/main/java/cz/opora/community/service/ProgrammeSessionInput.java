package cz.opora.community.service;

import cz.opora.community.domain.AgeBand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;

@Schema(name = "ProgrammeSessionInput", examples = """
        {"date": "2026-11-20", "topic": "Úklid dvora a pravidla soužití", "attendance": {"AGE_6_10": 5, "OVER_26": 7}}""")
public record ProgrammeSessionInput(@NotNull @PastOrPresent LocalDate date, @NotBlank @Size(max = 500) String topic,
                                    @Schema(description = "How many came, by age band")
                                    @NotNull Map<@NotNull AgeBand, @NotNull @Min(0) @Max(1000) Integer> attendance) {
}
