package cz.opora.community.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartyLabel", description = "A party of a mediation as a label and a role, never a name")
public record PartyLabel(@Schema(example = "nájemníci bytu 12") @NotBlank @Size(max = 100) String label,
                         @Schema(example = "stěžovatel") @NotBlank @Size(max = 100) String role) {
}
