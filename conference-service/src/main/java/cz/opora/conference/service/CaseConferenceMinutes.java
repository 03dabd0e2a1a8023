package cz.opora.conference.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "CaseConferenceMinutes", examples = """
        {"situation": "Eviction notice for 31 December; rent arrears 18 000 Kč.", "childPresent": false,
         "childView": "Dominik (told to the SAS worker): wants to stay at his school.",
         "views": [{"participantId": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", "view": "The school sees improvement."}],
         "decisions": "SAS accompanies the mother to the housing department; OSPOD asks for a debt schedule.",
         "tasks": [{"what": "Accompany to the housing department", "ownerParticipantId": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                    "dueDate": "2026-12-10"}],
         "nextMeetingAt": "2027-01-14T13:00:00Z"}""")
public record CaseConferenceMinutes(@NotBlank @Size(max = 8000) String situation,
                                    @Schema(description = "The child's view, recorded even when the child is absent")
                                    @NotBlank @Size(max = 4000) String childView,
                                    @NotNull Boolean childPresent,
                                    @Size(max = 100) List<@NotNull @Valid ParticipantOpinion> views,
                                    @NotBlank @Size(max = 8000) String decisions,
                                    @Size(max = 100) List<@NotNull @Valid CaseConferenceTaskInput> tasks,
                                    Instant nextMeetingAt) {
}
