package cz.opora.tutoring.service;

import cz.opora.tutoring.domain.TutoringMatch;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchEnd")
public record MatchEnd(@NotNull TutoringMatch.EndReason reason, @Size(max = 2000) String note) {
}
