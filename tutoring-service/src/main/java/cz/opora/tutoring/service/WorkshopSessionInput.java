package cz.opora.tutoring.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "WorkshopSessionInput", examples = """
        {"date": "2026-11-20", "topic": "Jak mluvit se školou",
         "attendees": [{"familyId": "5f0c3d6a-8b2e-4f1a-9c7d-1e2f3a4b5c6d", "memberId": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}]}""")
public record WorkshopSessionInput(@NotNull @PastOrPresent LocalDate date, @NotBlank @Size(max = 500) String topic,
                                   @NotNull @Size(max = 200) List<@NotNull @Valid WorkshopAttendee> attendees) {
}
