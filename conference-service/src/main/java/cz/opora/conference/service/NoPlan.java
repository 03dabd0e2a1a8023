package cz.opora.conference.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NoPlan")
public record NoPlan(@NotBlank @Size(max = 4000) String note) {
}
