package cz.opora.community.service;

import cz.opora.community.domain.AgeBand;
import cz.opora.community.domain.ContactPlace;
import cz.opora.community.domain.Gender;
import cz.opora.community.domain.InterventionType;
import cz.opora.community.domain.MediationOutcome;
import cz.opora.community.domain.ProgrammeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

@Schema(name = "CommunityStatistics", description = "An organization's low-threshold and community work in a period; aggregates only")
public record CommunityStatisticsReport(String organization, LocalDate from, LocalDate to,
                                        @Schema(description = "Distinct client codes with a contact in the period") long uniqueClients,
                                        Map<AgeBand, Long> clientsByAgeBand, Map<Gender, Long> clientsByGender,
                                        long contacts, BigDecimal contactHours, Map<ContactPlace, Long> contactsByPlace,
                                        Map<InterventionType, InterventionFigures> interventions,
                                        Map<ProgrammeKind, ProgrammeFigures> programmes,
                                        Map<AgeBand, Long> participantsByAgeBand,
                                        @Schema(description = "Mediations opened in the period") long mediationsOpened,
                                        @Schema(description = "Mediations closed in the period, by outcome") Map<MediationOutcome, Long> mediationsByOutcome,
                                        long mediationSessions) {
}
