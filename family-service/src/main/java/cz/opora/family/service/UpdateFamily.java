package cz.opora.family.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The family's household label and address, replaced as a whole. Members are managed on their own. */
@Schema(name = "UpdateFamily")
public record UpdateFamily(
        @Schema(description = "Household label", examples = "Rodina Novákových")
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid RegisterFamily.Address address) {
}
