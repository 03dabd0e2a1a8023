package cz.opora.conference.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "CaseConferenceInput", examples = """
        {"familyId": "5f0c3d6a-8b2e-4f1a-9c7d-1e2f3a4b5c6d", "purpose": "Agree who helps the family keep its housing.",
         "scheduledFor": "2026-12-03T13:00:00Z", "place": "MěÚ, odbor sociálních věcí, zasedačka 2",
         "statutoryReference": "§ 10 odst. 3 písm. f) zákona č. 359/1999 Sb."}""")
public record ConveneCaseConference(@NotNull UUID familyId, @NotBlank @Size(max = 4000) String purpose,
                                    @NotNull Instant scheduledFor, @NotBlank @Size(max = 300) String place,
                                    @Schema(description = "OSPOD only: the legal basis on which OSPOD convenes. It does not "
                                            + "share the family with the participants: each participant of another organization "
                                            + "sees the family only within the family's consent that covers it")
                                    @Size(max = 200) String statutoryReference,
                                    @Schema(description = "The children the conference is about (members with role CHILD); "
                                            + "participants of other organizations see only them. Empty: the family as a whole")
                                    @Size(max = 20) List<UUID> childIds) {
}
