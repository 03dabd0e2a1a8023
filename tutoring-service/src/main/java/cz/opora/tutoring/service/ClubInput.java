package cz.opora.tutoring.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClubInput", examples = """
        {"name": "Předškoláček Cejl", "place": "Komunitní centrum Cejl 50, Brno", "leaderName": "Lucie Veselá",
         "capacity": 12, "schedule": "Tue and Thu 9:00-11:00"}""")
public record ClubInput(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 300) String place,
                        @NotBlank @Size(max = 200) String leaderName, @NotNull @Min(1) @Max(100) Integer capacity,
                        @NotBlank @Size(max = 500) String schedule) {
}
