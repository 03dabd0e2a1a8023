package cz.opora.conference.service;

import cz.opora.conference.domain.CaseConferenceTask;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseConferenceTaskFollowUp")
public record CaseConferenceTaskFollowUp(@NotNull CaseConferenceTask.Status status, @Size(max = 2000) String followUpNote) {
}
