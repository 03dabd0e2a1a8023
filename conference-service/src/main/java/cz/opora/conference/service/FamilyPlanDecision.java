package cz.opora.conference.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FamilyPlanDecision", examples = """
        {"decision": "REJECTED", "bottomLine": 0, "reason": "On Fridays nobody is named to stay with the boys at night."}""")
public record FamilyPlanDecision(
        @NotNull @Pattern(regexp = "ACCEPTED|REJECTED", message = "must be ACCEPTED or REJECTED") String decision,
        @Schema(description = "With REJECTED: the bottom line (its position, from 0) the plan leaves unmet") @Min(0) @Max(9) Integer bottomLine,
        @Schema(description = "With REJECTED: why the plan leaves the child unsafe") @Size(max = 4000) String reason) {
}
