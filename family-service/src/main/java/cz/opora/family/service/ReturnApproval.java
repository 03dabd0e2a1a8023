package cz.opora.family.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The approver returns the request: why, for the requester. */
@Schema(name = "ReturnApproval")
public record ReturnApproval(@NotBlank @Size(max = 2000) String reason) {
}
