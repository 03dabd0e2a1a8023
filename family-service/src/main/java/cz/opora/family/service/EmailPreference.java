package cz.opora.family.service;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** E-mail on or off for one kind of notification. */
@Schema(name = "EmailPreference")
public record EmailPreference(@NotNull Boolean email) {
}
