package cz.opora.community.service;

import cz.opora.community.domain.MediationOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "MediationOutcomeInput", examples = "{\"outcome\": \"AGREEMENT_REACHED\", \"closedOn\": \"2026-11-27\"}")
public record MediationOutcomeInput(@NotNull MediationOutcome outcome, @NotNull @PastOrPresent LocalDate closedOn) {
}
