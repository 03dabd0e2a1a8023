package cz.opora.tutoring.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "WorkshopSession")
public record WorkshopSessionView(UUID id, LocalDate date, String topic, int attendees) {
}
