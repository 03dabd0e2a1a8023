package cz.opora.referral.service;

import cz.opora.referral.domain.DeclineReason;
import cz.opora.referral.domain.Outcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The bodies of the referral's transitions. */
public final class ReferralDecisions {
    private ReferralDecisions() {
    }

    @Schema(name = "ReferralAcceptance")
    public record Acceptance(@Schema(description = "Optional words for the sender: who will work with the family, when")
                             @Size(max = 4000) String note) {
    }

    @Schema(name = "ReferralDecline", examples = """
            {"reasonCode": "NO_CAPACITY", "note": "Full until March; Kotva or SAS Sever may have room."}""")
    public record Decline(@NotNull DeclineReason reasonCode, @NotBlank @Size(max = 4000) String note) {
    }

    @Schema(name = "ReferralCompletion", examples = """
            {"outcome": "GOALS_PARTLY_MET", "report": "Jakub came 14 times; attendance at school improved from March."}""")
    public record Completion(@NotNull Outcome outcome,
                             @Schema(description = "The outcome report for the sender")
                             @NotBlank @Size(max = 8000) String report) {
    }

    @Schema(name = "ReferralWithdrawal")
    public record Withdrawal(@Size(max = 4000) String note) {
    }

    @Schema(name = "ReferralResumption", description = "A new basis for a suspended referral: a consent, or (OSPOD only) "
            + "the statutory reference")
    public record Resumption(UUID consentId, @Size(max = 200) String statutoryReference) {
    }
}
