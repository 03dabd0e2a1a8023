package cz.opora.tutoring.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Workshop")
public record WorkshopView(UUID id, String title, String kind, Instant createdAt) {
}
