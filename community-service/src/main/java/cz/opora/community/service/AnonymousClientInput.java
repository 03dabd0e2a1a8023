package cz.opora.community.service;

import cz.opora.community.domain.AgeBand;
import cz.opora.community.domain.Gender;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnonymousClientInput", examples = "{\"code\": \"Vlk\", \"ageBand\": \"AGE_15_17\", \"gender\": \"MALE\"}")
public record AnonymousClientInput(
        @Schema(description = "A code or nickname the client chose, unique within the organization; never a name")
        @NotBlank @Size(max = 60) String code,
        @NotNull AgeBand ageBand,
        @NotNull Gender gender) {
}
