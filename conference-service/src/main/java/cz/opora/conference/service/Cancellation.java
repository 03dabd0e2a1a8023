package cz.opora.conference.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cancellation")
public record Cancellation(@NotBlank @Size(max = 2000) String reason) {
}
