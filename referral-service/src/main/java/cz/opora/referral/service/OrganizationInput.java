package cz.opora.referral.service;

import cz.opora.events.OrganizationType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A directory entry as an org-admin writes it (replaced as a whole). */
@Schema(name = "OrganizationInput")
public record OrganizationInput(
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "For your own organization it must match your token's organization type")
        @NotNull OrganizationType type,
        @Schema(description = "Municipalities served", examples = "Brno")
        @NotNull @Size(max = 200) List<@NotBlank @Size(max = 100) String> municipalities,
        @Size(max = 100) String region,
        @Schema(description = "Services offered, e.g. 'dluhové poradenství', 'doučování'")
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> services,
        @NotNull Boolean acceptingNewClients,
        @Email @Size(max = 200) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "must be a phone number") String phone,
        @Size(max = 300) String address,
        @Size(max = 300) @Pattern(regexp = "https?://.*", message = "must be an http(s) address") String website) {
}
