package cz.opora.community.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "InterventionFigures", description = "Interventions of one type in a period: how many and hours")
public record InterventionFigures(long count, BigDecimal hours) {
}
