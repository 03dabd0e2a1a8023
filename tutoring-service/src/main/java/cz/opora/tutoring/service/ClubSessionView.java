package cz.opora.tutoring.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "ClubSession")
public record ClubSessionView(UUID sessionId, LocalDate date, String topic, long enrolled, long present) {
}
