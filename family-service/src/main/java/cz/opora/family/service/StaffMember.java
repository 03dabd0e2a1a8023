package cz.opora.family.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A worker of the caller's organization as Keycloak knows them: user id (the tokens' subject), name, Opora roles. */
@Schema(name = "StaffMember")
public record StaffMember(
        @Schema(description = "Keycloak user id, the tokens' subject: what PUT /families/{id}/team takes") String id,
        @Schema(description = "First and last name from Keycloak") String name,
        @Schema(description = "The worker's Opora roles (realm roles), e.g. case-manager") List<String> roles) {
}
