package cz.opora.events.conference;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code cz.opora.conference.scheduled}, {@code held}, {@code cancelled}, {@code family-plan-agreed} and
 * {@code family-plan-rejected}: which conference, about which family, convened or referred by which organization,
 * its state after the change and when it is planned. Never minutes, plans, concerns or reasons: they stay in
 * conference-service.
 */
public record ConferenceEvent(UUID conferenceId, UUID familyId, String kind, String organization, String status,
                              Instant scheduledFor, Instant occurredAt) {
}
