package cz.opora.conference.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "CaseConferenceFollowUp", description = "The next meeting took place: the tasks were followed up")
public record CaseConferenceFollowUp(Instant nextMeetingAt) {
}
