package cz.opora.community.service;

import cz.opora.community.domain.ContactPlace;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Contact")
public record ContactView(UUID id, UUID clientId, ContactPlace place, LocalDate date, int durationMinutes,
                          @Schema(description = "The worker's token subject") String worker,
                          List<InterventionMinutes> interventions, Instant createdAt) {
}
