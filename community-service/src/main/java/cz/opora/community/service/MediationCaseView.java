package cz.opora.community.service;

import cz.opora.community.domain.MediationMode;
import cz.opora.community.domain.MediationOutcome;
import cz.opora.community.domain.MediationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "MediationCase")
public record MediationCaseView(UUID id, MediationType type, MediationMode mode, List<PartyLabel> parties,
                                LocalDate openedOn, @Schema(description = "Null while the mediation is open") MediationOutcome outcome,
                                LocalDate closedOn, Instant createdAt, long version) {
}
