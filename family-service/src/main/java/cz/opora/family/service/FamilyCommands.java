package cz.opora.family.service;

import cz.opora.family.domain.ClosureReason;
import cz.opora.family.domain.TeamRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The lifecycle and team commands on a family. */
public final class FamilyCommands {
    private FamilyCommands() {
    }

    @Schema(name = "CloseFamily")
    public record Close(
            @NotNull ClosureReason reason,
            @Schema(description = "What was achieved and what the family takes with it") @NotBlank @Size(max = 4000) String summary) {
    }

    @Schema(name = "ReopenFamily")
    public record Reopen(@Schema(description = "Why the case is opened again") @NotBlank @Size(max = 4000) String reason) {
    }

    @Schema(name = "FamilyTeam")
    public record Team(
            @Schema(description = "The key worker (case manager); null leaves the family without one") @Valid Worker keyWorker,
            @NotNull @Size(max = 20) List<@NotNull @Valid TeamMember> members) {
    }

    @Schema(name = "Worker")
    public record Worker(
            @Schema(description = "The worker's Keycloak user id (token subject), of your organization (GET /api/v1/staff)")
            @NotBlank @Size(max = 200) String id,
            @Schema(description = "Ignored: the name is Keycloak's (a typed name never reaches the file)") @Size(max = 200) String name) {
    }

    @Schema(name = "TeamMember")
    public record TeamMember(@NotNull @Valid Worker worker, @NotNull TeamRole role) {
    }
}
