package cz.opora.family.service;

import cz.opora.events.ConsentPurpose;
import cz.opora.events.DataScope;
import cz.opora.events.OrganizationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A consent as the worker records it from the signed form. */
@Schema(name = "GrantConsent")
public record GrantConsent(
        @Schema(description = "The adult family member who signed") @NotNull UUID givenBy,
        @NotNull ConsentPurpose purpose,
        @Schema(description = "SHARING with one organization: its id (alias), e.g. ospod-mesto")
        @Size(max = 100) String recipientOrganization,
        @Schema(description = "SHARING with every organization of a type") OrganizationType recipientType,
        @Schema(description = "What the recipient may see; BASIC is always included")
        @Size(max = 6) Set<@NotNull DataScope> scopes,
        @Schema(description = "First valid day; default today") LocalDate validFrom,
        @Schema(description = "Last valid day (inclusive); none: until withdrawn") LocalDate validUntil,
        @Schema(description = "Where the signed form is kept", examples = "SAS-JIH/2026/0412")
        @NotBlank @Size(max = 200) String formReference,
        @Size(max = 2000) String note) {
}
