package cz.opora.conference.service;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "FamilyConferenceArrangements", examples = """
        {"scheduledFor": "2026-12-12T09:00:00Z", "place": "Komunitní centrum Cejl 50, Brno",
         "interpreter": "romština: paní Horvátová", "childcare": "dobrovolnice v herně vedle sálu"}""")
public record FamilyConferenceArrangements(@NotNull @Future Instant scheduledFor, @NotBlank @Size(max = 300) String place,
                                           @Size(max = 300) String interpreter, @Size(max = 300) String childcare) {
}
