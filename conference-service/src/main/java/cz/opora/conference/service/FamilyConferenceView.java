package cz.opora.conference.service;

import cz.opora.conference.domain.FamilyConference;
import cz.opora.conference.domain.FamilyConferenceInvitee;
import cz.opora.conference.domain.FgcRules;
import cz.opora.conference.domain.FgcStatus;
import cz.opora.projection.KnownFamily;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A family group conference as one organization sees it. A coordination organization choosing whether to take it
 * (status CONSENTED, no coordinator yet) sees the concern, the question, the bottom lines, the municipality and the
 * family's wishes for the coordinator, not who the family is.
 */
@Schema(name = "FamilyConference")
public record FamilyConferenceView(
        UUID id, FamilyConference.Kind kind, UUID reviewOf, UUID originalConferenceId,
        @Schema(description = "Null for a coordination organization that has not taken the conference") UUID familyId,
        String familyName, String municipality,
        String referrerOrganization, String referrerName,
        String concern, String question, List<String> bottomLines,
        FgcStatus status,
        UUID familyDecisionBy, Instant familyDecidedAt, UUID consentId,
        String requestedLanguage, String requestedGender,
        UUID coordinatorId, String coordinatorName, String coordinatorOrganization,
        Instant scheduledFor, String place, String interpreter, String childcare,
        @Schema(description = "Phase 1 began") Instant informationStartedAt,
        @Schema(description = "Private family time: only when it began and ended is recorded") Instant privateTimeStartedAt,
        Instant privateTimeEndedAt,
        List<Invitee> invitees,
        FamilyConference.Plan plan, Instant planPresentedAt, Instant planDecidedAt,
        Integer rejectedBottomLine, String rejectionReason, String noPlanNote, String cancelReason,
        @Schema(description = "What the caller's organization may do now") List<FgcRules.Step> allowedSteps,
        long version) {

    @Schema(name = "FamilyConferenceInvitee")
    public record Invitee(UUID id, FamilyConferenceInvitee.Kind kind, UUID memberId, String name, String relation,
                          String organization, FamilyConferenceInvitee.Status status, String exclusionReason,
                          String appeal, FamilyConferenceInvitee.AppealOutcome appealOutcome, String information,
                          String concerns) {
        static Invitee of(FamilyConferenceInvitee i) {
            return new Invitee(i.id, i.kind, i.memberId, i.name, i.relation, i.organization, i.status,
                    i.exclusionReason, i.appeal, i.appealOutcome, i.information, i.concerns);
        }
    }

    static FamilyConferenceView of(FamilyConference c, KnownFamily family, boolean limited, List<FgcRules.Step> steps) {
        return new FamilyConferenceView(c.id, c.kind, c.reviewOf, c.originalConferenceId, limited || c.familyErasedAt != null ? null : c.familyId,
                limited || family == null ? null : family.name, family == null ? null : family.municipality,
                c.referrerOrganization, c.referrerName, c.concern, c.question, List.copyOf(c.bottomLines), c.status,
                limited ? null : c.familyDecisionBy, c.familyDecidedAt, limited ? null : c.consentId,
                c.requestedLanguage, c.requestedGender,
                c.coordinatorId, c.coordinatorName, c.coordinatorOrganization, c.scheduledFor, c.place, c.interpreter,
                c.childcare, c.informationStartedAt, c.privateTimeStartedAt, c.privateTimeEndedAt,
                limited ? List.of() : c.invitees.stream().map(Invitee::of).toList(),
                limited ? null : c.plan, c.planPresentedAt, c.planDecidedAt, c.rejectedBottomLine,
                limited ? null : c.rejectionReason, limited ? null : c.noPlanNote, c.cancelReason, steps, c.version);
    }
}
