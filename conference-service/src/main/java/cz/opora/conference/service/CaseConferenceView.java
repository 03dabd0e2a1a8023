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
public record CaseConferenceView(UUID id,
                                 @Schema(description = "Null for a participant whose access to the family is not live")
                                 UUID familyId,
                                 @Schema(description = "Null for a participant whose access to the family is not live")
                                 String familyName, String organization, String convenerName,
                                 String purpose, Instant scheduledFor, String place, String statutoryReference,
                                 @Schema(description = "The children the conference is about; empty: the family")
                                 List<UUID> childIds,
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
        return new CaseConferenceView(c.id, c.familyErasedAt == null ? c.familyId : null, familyName, c.organization, c.convenerName, c.purpose,
                c.scheduledFor, c.place, c.statutoryReference, List.of(c.childIds), c.status, c.cancelReason, c.situation,
                c.childView, c.childPresent, c.decisions, c.nextMeetingAt, c.heldAt, c.closedAt,
                c.participants.stream().map(CaseConferenceView::participant).toList(),
                c.tasks.stream().map(CaseConferenceView::task).toList(), c.version);
    }

    /**
     * What a participant's organization keeps when its access to the family is not live (no consent covers it, the
     * invitation is not accepted, or the access ended): that it takes or took part, when, and its own tasks. Nothing
     * about the family: no family, no purpose or place, no minutes, no other participant.
     */
    static CaseConferenceView participation(CaseConference c, String organization) {
        List<UUID> own = c.participants.stream().filter(p -> organization.equals(p.organization)).map(p -> p.id).toList();
        return new CaseConferenceView(c.id, null, null, c.organization, c.convenerName, null, c.scheduledFor, null,
                c.statutoryReference, List.of(), c.status, null, null, null, null, null, c.nextMeetingAt, c.heldAt,
                c.closedAt, c.participants.stream().filter(p -> own.contains(p.id)).map(p -> new Participant(p.id, p.kind,
                        p.organization, null, p.name, p.institution, p.role, p.invitation, null, p.access)).toList(),
                c.tasks.stream().filter(t -> own.contains(t.ownerParticipant)).map(CaseConferenceView::task).toList(),
                c.version);
    }

    private static Participant participant(CaseConferenceParticipant p) {
        return new Participant(p.id, p.kind, p.organization, p.memberId, p.name, p.institution, p.role, p.invitation,
                p.view, p.access);
    }

    private static Task task(CaseConferenceTask t) {
        return new Task(t.id, t.what, t.ownerParticipant, t.dueDate, t.status, t.followUpNote);
    }
}
