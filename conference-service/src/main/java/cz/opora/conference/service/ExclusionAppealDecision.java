package cz.opora.conference.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExclusionAppealDecision")
public record ExclusionAppealDecision(@Schema(description = "UPHELD (stays excluded) or OVERTURNED (invited again)")
                                      @NotNull @Pattern(regexp = "UPHELD|OVERTURNED", message = "must be UPHELD or OVERTURNED")
                                      String outcome) {
}
