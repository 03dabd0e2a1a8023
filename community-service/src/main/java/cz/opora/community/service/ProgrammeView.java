package cz.opora.community.service;

import cz.opora.community.domain.PlaceKind;
import cz.opora.community.domain.ProgrammeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Programme")
public record ProgrammeView(UUID id, ProgrammeKind kind, String name, PlaceKind placeKind, String municipality,
                            List<String> facilitators, String outcomes, Instant createdAt, long version) {
}
