package cz.opora.tutoring.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "FamilyTutoring", description = "What the family's own organization (its SAS worker) sees of the tutoring")
public record FamilyTutoring(UUID familyId, List<MatchView> matches, Map<UUID, List<TutoringSessionView>> sessionsByMatch) {
}
