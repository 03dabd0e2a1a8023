package cz.opora.conference.service;

import cz.opora.conference.domain.CaseConferenceParticipant;
import cz.opora.conference.domain.CaseConferenceTask;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of a case conference's requests. */
public final class CaseConferenceInputs {
    private CaseConferenceInputs() {
    }

    @Schema(name = "CaseConferenceInput", examples = """
            {"familyId": "5f0c3d6a-8b2e-4f1a-9c7d-1e2f3a4b5c6d", "purpose": "Agree who helps the family keep its housing.",
             "scheduledFor": "2026-12-03T13:00:00Z", "place": "MěÚ, odbor sociálních věcí, zasedačka 2",
             "statutoryReference": "§ 10 odst. 3 písm. f) zákona č. 359/1999 Sb."}""")
    public record Convene(@NotNull UUID familyId, @NotBlank @Size(max = 4000) String purpose,
                          @NotNull Instant scheduledFor, @NotBlank @Size(max = 300) String place,
                          @Schema(description = "OSPOD only: the legal basis on which OSPOD convenes. It does not "
                                  + "share the family with the participants: each participant of another organization "
                                  + "sees the family only within the family's consent that covers it")
                          @Size(max = 200) String statutoryReference,
                          @Schema(description = "The children the conference is about (members with role CHILD); "
                                  + "participants of other organizations see only them. Empty: the family as a whole")
                          @Size(max = 20) List<UUID> childIds) {
    }

    @Schema(name = "CaseConferenceParticipantInput", examples = """
            {"kind": "EXTERNAL", "name": "Mgr. Petra Učitelová", "institution": "ZŠ Merhautova", "role": "třídní učitelka"}""")
    public record Participant(
            @NotNull CaseConferenceParticipant.Kind kind,
            @Schema(description = "WORKER: the organization's id (its Keycloak alias)") @Size(max = 100) String organization,
            @Schema(description = "WORKER: the organization's type, e.g. SAS") @Size(max = 40) String organizationType,
            @Schema(description = "FAMILY_MEMBER: the member's id") UUID memberId,
            @Schema(description = "WORKER and EXTERNAL: the name") @Size(max = 200) String name,
            @Size(max = 200) String institution,
            @Size(max = 200) String role) {
    }

    @Schema(name = "CaseConferenceParticipantUpdate")
    public record ParticipantUpdate(@NotNull CaseConferenceParticipant.Invitation invitation) {
    }

    @Schema(name = "CaseConferenceMinutes", examples = """
            {"situation": "Eviction notice for 31 December; rent arrears 18 000 Kč.", "childPresent": false,
             "childView": "Dominik (told to the SAS worker): wants to stay at his school.",
             "views": [{"participantId": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", "view": "The school sees improvement."}],
             "decisions": "SAS accompanies the mother to the housing department; OSPOD asks for a debt schedule.",
             "tasks": [{"what": "Accompany to the housing department", "ownerParticipantId": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                        "dueDate": "2026-12-10"}],
             "nextMeetingAt": "2027-01-14T13:00:00Z"}""")
    public record Minutes(@NotBlank @Size(max = 8000) String situation,
                          @Schema(description = "The child's view, recorded even when the child is absent")
                          @NotBlank @Size(max = 4000) String childView,
                          @NotNull Boolean childPresent,
                          @Size(max = 100) List<@NotNull @Valid View> views,
                          @NotBlank @Size(max = 8000) String decisions,
                          @Size(max = 100) List<@NotNull @Valid Task> tasks,
                          Instant nextMeetingAt) {
    }

    @Schema(name = "CaseConferenceView")
    public record View(@NotNull UUID participantId, @NotBlank @Size(max = 4000) String view) {
    }

    @Schema(name = "CaseConferenceTaskInput")
    public record Task(@NotBlank @Size(max = 2000) String what, @NotNull UUID ownerParticipantId, @NotNull LocalDate dueDate) {
    }

    @Schema(name = "CaseConferenceTaskFollowUp")
    public record TaskFollowUp(@NotNull CaseConferenceTask.Status status, @Size(max = 2000) String followUpNote) {
    }

    @Schema(name = "CaseConferenceFollowUp", description = "The next meeting took place: the tasks were followed up")
    public record FollowUp(Instant nextMeetingAt) {
    }
}
