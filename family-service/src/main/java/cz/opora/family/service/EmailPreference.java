package cz.opora.family.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** E-mail on or off for one kind of notification. */
@Schema(name = "EmailPreference")
public record EmailPreference(
        @Schema(description = "The kind of notification: REFERRAL_RECEIVED, REFERRAL_OVERDUE, ABSENCE_ALERT, "
                + "PLAN_AWAITING_DECISION, APPROVAL_REQUESTED, APPROVAL_DECIDED") @NotBlank String kind,
        @NotNull Boolean email) {
}
