package cz.opora.community.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "MediationSession")
public record MediationSessionView(UUID id, UUID caseId, LocalDate date, int durationMinutes) {
}
