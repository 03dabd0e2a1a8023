package cz.opora.conference.service;

import cz.opora.conference.domain.CaseConference;
import cz.opora.conference.domain.CaseConferenceParticipant;
import cz.opora.conference.domain.CaseConferenceTask;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "CaseConference")
public record CaseConferenceView(UUID id, UUID familyId, String familyName, String organization, String convenerName,
                                 String purpose, Instant scheduledFor, String place, String statutoryReference,
                                 CaseConference.Status status, String cancelReason, String situation, String childView,
                                 Boolean childPresent, String decisions, Instant nextMeetingAt, Instant heldAt,
                                 Instant closedAt, List<Participant> participants, List<Task> tasks, long version) {

    @Schema(name = "CaseConferenceParticipant")
    public record Participant(UUID id, CaseConferenceParticipant.Kind kind, String organization, UUID memberId,
                              String name, String institution, String role, CaseConferenceParticipant.Invitation invitation,
                              String view, @Schema(description = "OWN, GRANTED (sees the family in family-service), NONE "
                                      + "(no consent covers the organization), ENDED, NOT_APPLICABLE") CaseConferenceParticipant.Access access) {
    }

    @Schema(name = "CaseConferenceTask")
    public record Task(UUID id, String what, UUID ownerParticipantId, LocalDate dueDate, CaseConferenceTask.Status status,
                       String followUpNote) {
    }

    static CaseConferenceView of(CaseConference c, String familyName) {
        return new CaseConferenceView(c.id, c.familyId, familyName, c.organization, c.convenerName, c.purpose,
                c.scheduledFor, c.place, c.statutoryReference, c.status, c.cancelReason, c.situation, c.childView,
                c.childPresent, c.decisions, c.nextMeetingAt, c.heldAt, c.closedAt,
                c.participants.stream().map(p -> new Participant(p.id, p.kind, p.organization, p.memberId, p.name,
                        p.institution, p.role, p.invitation, p.view, p.access)).toList(),
                c.tasks.stream().map(t -> new Task(t.id, t.what, t.ownerParticipant, t.dueDate, t.status, t.followUpNote)).toList(),
                c.version);
    }
}
