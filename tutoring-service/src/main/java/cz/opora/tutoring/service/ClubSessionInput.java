package cz.opora.tutoring.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ClubSessionInput", description = "A session and its attendance register, for the whole group at once",
        examples = """
        {"date": "2026-11-24", "topic": "Colours and shapes",
         "attendance": [{"enrolmentId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "present": true}]}""")
public record ClubSessionInput(@NotNull @PastOrPresent LocalDate date, @Size(max = 500) String topic,
                               @NotNull @Size(max = 100) List<@NotNull @Valid Presence> attendance) {
}
