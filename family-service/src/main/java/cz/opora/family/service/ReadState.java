package cz.opora.family.service;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The read state a worker sets on a notification (an idempotent PUT: the same body twice changes nothing). */
@Schema(name = "ReadState")
public record ReadState(@NotNull Boolean read) {
}
