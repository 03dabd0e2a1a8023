package cz.opora.events.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code cz.opora.conference.task-assigned} and {@code task-closed}: a task agreed at a case conference, who
 * owes it and by when. {@code organization} convened the conference; {@code assigneeOrganization} owes the task (a
 * worker participant's organization; the convener's for a task of an external participant or of the family, which
 * the convener follows up); {@code assignee} is the Keycloak subject of the worker who owes it when the conference
 * knows it (the convener), else null: the assignee organization's queue. {@code status}: OPEN, DONE, NOT_DONE, or
 * DROPPED (the conference was closed or cancelled with the task open). Never what the task is: that stays in the
 * minutes.
 */
public record ConferenceTask(UUID taskId, UUID conferenceId, UUID familyId, String organization,
                             String assigneeOrganization, String assignee, LocalDate dueDate, String status,
                             Instant occurredAt) {
}
