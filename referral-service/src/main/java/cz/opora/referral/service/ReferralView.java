package cz.opora.referral.service;

import cz.opora.events.MemberRole;
import cz.opora.projection.KnownFamily;
import cz.opora.projection.KnownFamilyMember;
import cz.opora.referral.domain.Basis;
import cz.opora.referral.domain.Outcome;
import cz.opora.referral.domain.Referral;
import cz.opora.referral.domain.ReferralRules;
import cz.opora.referral.domain.ReferralStatus;
import cz.opora.referral.domain.Urgency;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A referral as one side sees it. The recipient sees who the family is only from acceptance on; before that it
 * sees the municipality and the ages of the children referred, enough to decide.
 */
@Schema(name = "Referral")
public record ReferralView(
        UUID id,
        @Schema(description = "Null for the recipient until it accepts") UUID familyId,
        FamilyPart family,
        Party sender,
        Party recipient,
        String reason,
        String request,
        Urgency urgency,
        Basis basis,
        UUID consentId,
        String statutoryReference,
        List<String> scopes,
        ReferralStatus status,
        @Schema(description = "For a suspended referral: the state it returns to when resumed") ReferralStatus suspendedFrom,
        @Schema(description = "Why it was declined (NO_CAPACITY...) or suspended (CONSENT_WITHDRAWN, CONSENT_EXPIRED)")
        String statusReasonCode,
        @Schema(description = "The words of the decline, withdrawal or suspension") String statusNote,
        Outcome outcome,
        String outcomeReport,
        Instant createdAt,
        Instant sentAt,
        @Schema(description = "The response deadline, from the urgency") Instant dueAt,
        Instant answeredAt,
        Instant acceptedAt,
        Instant completedAt,
        Instant endedAt,
        @Schema(description = "When the case file the referral was about was erased by its owner: the referral stays "
                + "as the other organization's record, without that file's data (no family, no children, the erasing "
                + "sender's reason and request '-')") Instant familyErasedAt,
        @Schema(description = "Sent, unanswered and past its deadline") boolean overdue,
        @Schema(description = "For an answered referral: whether the answer came by the deadline") Boolean answeredInTime,
        @Schema(description = "What the caller's organization may do with it now (SEND, ACCEPT, DECLINE...)")
        List<ReferralRules.Action> allowedActions,
        long version) {

    @Schema(name = "ReferralParty")
    public record Party(String organization, String type, @Schema(description = "From the directory") String name,
                        @Schema(description = "The worker who sent or accepted it") String workerName,
                        Boolean usesOpora) {
    }

    @Schema(name = "ReferralFamily")
    public record FamilyPart(@Schema(description = "Null until the recipient accepts") String name, String municipality,
                             List<Child> children) {
    }

    @Schema(name = "ReferralChild", description = "A child referred; only the age until the recipient accepts")
    public record Child(UUID memberId, String firstName, String lastName, LocalDate birthDate, Integer ageYears) {
    }

    static ReferralView of(Referral r, KnownFamily family, String senderName, String recipientName, String organization,
                           Instant now, LocalDate today) {
        boolean sender = organization.equals(r.senderOrganization);
        boolean identified = sender || r.recipientSeesFamily();
        List<ReferralRules.Action> actions = Arrays.stream(ReferralRules.Action.values())
                .filter(a -> ReferralRules.allowed(a, r.status) && ReferralRules.mayAct(a, r, organization))
                .toList();
        return new ReferralView(r.id, identified && r.familyErasedAt == null ? r.familyId : null, family == null ? null : familyPart(r, family, identified, today),
                new Party(r.senderOrganization, r.senderType, senderName, r.senderWorkerName, true),
                new Party(r.recipientOrganization, r.recipientType, recipientName, r.recipientWorkerName, r.recipientUsesOpora),
                r.reason, r.request, r.urgency, r.basis, r.consentId, r.statutoryReference, r.scopeList(), r.status,
                r.suspendedFrom, r.statusReasonCode, r.statusNote, r.outcome, r.outcomeReport, r.createdAt, r.sentAt,
                r.dueAt, r.answeredAt, r.acceptedAt, r.completedAt, r.endedAt, r.familyErasedAt, r.overdue(now),
                r.answeredAt == null ? null : !r.answeredAt.isAfter(r.dueAt), actions, r.version);
    }

    private static FamilyPart familyPart(Referral r, KnownFamily family, boolean identified, LocalDate today) {
        List<KnownFamilyMember> referred = family.members.stream()
                .filter(m -> r.memberIds.length == 0 ? m.role == MemberRole.CHILD : r.members().contains(m.id))
                .toList();
        List<Child> children = referred.stream().map(m -> {
            Integer age = m.birthDate == null ? null : Period.between(m.birthDate, today).getYears();
            return identified ? new Child(m.id, m.firstName, m.lastName, m.birthDate, age)
                    : new Child(null, null, null, null, age);
        }).toList();
        return new FamilyPart(identified ? family.name : null, family.municipality, children);
    }
}
