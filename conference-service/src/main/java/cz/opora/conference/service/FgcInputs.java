package cz.opora.conference.service;

import cz.opora.conference.domain.FamilyConferenceInvitee;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of a family group conference's steps. */
public final class FgcInputs {
    private FgcInputs() {
    }

    @Schema(name = "FamilyConferenceOffer", examples = """
            {"familyId": "5f0c3d6a-8b2e-4f1a-9c7d-1e2f3a4b5c6d",
             "concern": "The children are alone in the evenings while the mother works night shifts; Dominik misses school.",
             "question": "How will the family make sure the boys are looked after in the evenings and go to school?",
             "bottomLines": ["An adult is with the boys every night.", "Dominik attends school every day."],
             "requestedLanguage": "romani", "requestedGender": "FEMALE"}""")
    public record Offer(
            @NotNull UUID familyId,
            @Schema(description = "Why the referrer is worried") @NotBlank @Size(max = 4000) String concern,
            @Schema(description = "The question the family is asked to answer with its plan") @NotBlank @Size(max = 2000) String question,
            @Schema(description = "What the plan must ensure for the child to be safe; the only grounds for rejecting it")
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 1000) String> bottomLines,
            @Schema(description = "The family's wish for the coordinator's language") @Size(max = 40) String requestedLanguage,
            @Schema(description = "The family's wish for the coordinator's gender: FEMALE, MALE")
            @Pattern(regexp = "FEMALE|MALE", message = "must be FEMALE or MALE") String requestedGender) {
    }

    @Schema(name = "FamilyDecision", examples = """
            {"decision": "CONSENTED", "memberId": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
             "consentId": "7e6f8a9b-0c1d-4e2f-9a3b-4c5d6e7f8a9b"}""")
    public record FamilyDecision(
            @Schema(description = "CONSENTED or DECLINED") @NotNull @Pattern(regexp = "CONSENTED|DECLINED",
                    message = "must be CONSENTED or DECLINED") String decision,
            @Schema(description = "The adult family member who decided") @NotNull UUID memberId,
            @Schema(description = "With CONSENTED: the family's consent to the conference (purpose FAMILY_CONFERENCE) "
                    + "recorded in family-service") UUID consentId,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "CoordinatorAssignment")
    public record Assignment(@NotNull UUID coordinatorId) {
    }

    @Schema(name = "FamilyConferenceInvitation", examples = """
            {"kind": "NETWORK", "name": "Věra Dušková", "relation": "sousedka"}""")
    public record Invitation(
            @NotNull FamilyConferenceInvitee.Kind kind,
            @Schema(description = "FAMILY_MEMBER: the member's id in the family") UUID memberId,
            @Schema(description = "NETWORK and PROFESSIONAL: the name") @Size(max = 200) String name,
            @Schema(description = "How the person is related to the family, or the professional's role") @Size(max = 100) String relation,
            @Schema(description = "PROFESSIONAL: the organization's id in the directory, if it has one") @Size(max = 100) String organization) {
    }

    @Schema(name = "FamilyConferenceInvitationAnswer")
    public record Answer(
            @Schema(description = "AGREED, DECLINED or EXCLUDED (for safety; needs a reason)")
            @NotNull FamilyConferenceInvitee.Status status,
            @Size(max = 2000) String exclusionReason) {
    }

    @Schema(name = "ExclusionAppeal")
    public record Appeal(@NotBlank @Size(max = 2000) String appeal) {
    }

    @Schema(name = "ExclusionAppealDecision")
    public record AppealDecision(@Schema(description = "UPHELD (stays excluded) or OVERTURNED (invited again)")
                                 @NotNull @Pattern(regexp = "UPHELD|OVERTURNED", message = "must be UPHELD or OVERTURNED")
                                 String outcome) {
    }

    @Schema(name = "FamilyConferenceArrangements", examples = """
            {"scheduledFor": "2026-12-12T09:00:00Z", "place": "Komunitní centrum Cejl 50, Brno",
             "interpreter": "romština: paní Horvátová", "childcare": "dobrovolnice v herně vedle sálu"}""")
    public record Arrangements(@NotNull @Future Instant scheduledFor, @NotBlank @Size(max = 300) String place,
                               @Size(max = 300) String interpreter, @Size(max = 300) String childcare) {
    }

    @Schema(name = "FamilyConferenceContribution", description = "A professional's information and concerns, "
            + "recorded in the information-sharing phase")
    public record Contribution(@NotNull UUID inviteeId, @NotBlank @Size(max = 4000) String information,
                               @Size(max = 4000) String concerns) {
    }

    @Schema(name = "FamilyPlanInput", examples = """
            {"title": "Kluci nejsou večer sami", "reviewDate": "2027-03-12",
             "items": [{"what": "Babička hlídá kluky v pondělí až čtvrtek večer", "whoKind": "MEMBER",
                        "whoMemberId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "byWhen": "2026-12-15",
                        "howWeKnow": "Kluci řeknou, kdo s nimi večer byl"},
                       {"what": "Soused vozí Dominika do školy", "whoKind": "FRIEND", "whoName": "pan Dušek",
                        "byWhen": "2026-12-14", "howWeKnow": "Škola nehlásí absence"}],
             "ifItDoesNotWork": "Sejdeme se znovu a zavoláme paní Novákové z OSPOD."}""")
    public record PlanInput(@NotBlank @Size(max = 200) String title, LocalDate reviewDate,
                            @NotEmpty @Size(max = 30) List<@NotNull @Valid Item> items,
                            @Schema(description = "What happens if the plan does not work") @NotBlank @Size(max = 2000) String ifItDoesNotWork) {
    }

    @Schema(name = "FamilyPlanItem")
    public record Item(@Schema(description = "What will happen") @NotBlank @Size(max = 2000) String what,
                       @Schema(description = "MEMBER (whoMemberId), FRIEND or SERVICE (whoName)")
                       @NotNull @Pattern(regexp = "MEMBER|FRIEND|SERVICE", message = "must be MEMBER, FRIEND or SERVICE") String whoKind,
                       UUID whoMemberId, @Size(max = 200) String whoName,
                       @NotNull LocalDate byWhen,
                       @Schema(description = "How the family will know it works") @NotBlank @Size(max = 2000) String howWeKnow) {
    }

    @Schema(name = "NoPlan")
    public record NoPlan(@NotBlank @Size(max = 4000) String note) {
    }

    @Schema(name = "FamilyPlanDecision", examples = """
            {"decision": "REJECTED", "bottomLine": 0, "reason": "On Fridays nobody is named to stay with the boys at night."}""")
    public record PlanDecision(
            @NotNull @Pattern(regexp = "ACCEPTED|REJECTED", message = "must be ACCEPTED or REJECTED") String decision,
            @Schema(description = "With REJECTED: the bottom line (its position, from 0) the plan leaves unmet") @Min(0) @Max(9) Integer bottomLine,
            @Schema(description = "With REJECTED: why the plan leaves the child unsafe") @Size(max = 4000) String reason) {
    }

    @Schema(name = "Cancellation")
    public record Cancellation(@NotBlank @Size(max = 2000) String reason) {
    }
}
