package cz.opora.community.service;

import cz.opora.community.domain.AgeBand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

@Schema(name = "ProgrammeSession")
public record ProgrammeSessionView(UUID id, UUID programmeId, LocalDate date, String topic,
                                   Map<AgeBand, Integer> attendance, int participants) {
}
