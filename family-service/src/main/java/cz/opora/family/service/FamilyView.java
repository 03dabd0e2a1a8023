package cz.opora.family.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import cz.opora.events.MemberRole;
import cz.opora.family.domain.ClosureReason;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyMember;
import cz.opora.family.domain.FamilyStatus;
import cz.opora.family.domain.TeamRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A family's record as its owning organization sees it. */
@Schema(name = "Family")
public record FamilyView(
        UUID id,
        String name,
        Address address,
        FamilyStatus status,
        String owningOrganization,
        Worker keyWorker,
        List<TeamMember> team,
        List<Member> members,
        Closure closure,
        @Schema(description = "Where the file came from") Intake intake,
        Instant createdAt,
        Instant updatedAt,
        @JsonIgnore @Schema(hidden = true) long version) {

    @Schema(name = "FamilyAddress")
    public record Address(String street, String municipality, String postalCode, String locality,
                          @Schema(description = "Absent where the family is shared without CONTACT_DETAILS")
                          Boolean sociallyExcludedLocality) {
    }

    @Schema(name = "WorkerRef")
    public record Worker(String id, String name) {
    }

    @Schema(name = "TeamMemberView")
    public record TeamMember(Worker worker, TeamRole role) {
    }

    @Schema(name = "IntakeView", description = "Where the file came from: the source, who referred (an organization's "
            + "id when it came through Opora) and the referral it was opened from")
    public record Intake(cz.opora.family.domain.IntakeSource source, String from, UUID referralId) {
        static Intake of(Family f) {
            return new Intake(f.intakeSource, f.intakeFrom, f.intakeReferralId);
        }
    }

    @Schema(name = "Closure", description = "Present while the family is closed")
    public record Closure(Instant closedAt, ClosureReason reason, String summary) {
    }

    @Schema(name = "Member")
    public record Member(UUID id, String firstName, String lastName, MemberRole role, LocalDate birthDate,
                         String relation, String phone, String email, String school, String schoolClass,
                         @JsonIgnore @Schema(hidden = true) long version) {
        static Member of(FamilyMember m) {
            return new Member(m.id, m.firstName, m.lastName, m.role, m.birthDate, m.relation, m.phone, m.email,
                    m.school, m.schoolClass, m.version);
        }
    }

    /** What another organization sees: BASIC always; street and contacts with CONTACT_DETAILS; school with SCHOOL. */
    static FamilyView shared(Family f, AccessService.Shared shared) {
        boolean contacts = shared.allows(cz.opora.events.DataScope.CONTACT_DETAILS);
        boolean school = shared.allows(cz.opora.events.DataScope.SCHOOL);
        return new FamilyView(f.id, f.name,
                new Address(contacts ? f.street : null, f.municipality, contacts ? f.postalCode : null,
                        contacts ? f.locality : null, contacts ? f.sociallyExcludedLocality : null),
                f.status, f.owningOrganization,
                f.keyWorker == null ? null : new Worker(f.keyWorker, f.keyWorkerName), List.of(),
                f.members.stream().filter(m -> shared.coversMember(m.id))
                        .map(m -> new Member(m.id, m.firstName, m.lastName, m.role, m.birthDate, m.relation,
                                contacts ? m.phone : null, contacts ? m.email : null, school ? m.school : null,
                                school ? m.schoolClass : null, m.version))
                        .toList(),
                null, null, f.createdAt, f.updatedAt, f.version);
    }

    static FamilyView of(Family f) {
        return new FamilyView(f.id, f.name,
                new Address(f.street, f.municipality, f.postalCode, f.locality, f.sociallyExcludedLocality),
                f.status, f.owningOrganization,
                f.keyWorker == null ? null : new Worker(f.keyWorker, f.keyWorkerName),
                f.team.stream().map(t -> new TeamMember(new Worker(t.worker, t.workerName), t.role)).toList(),
                f.members.stream().map(Member::of).toList(),
                f.status == FamilyStatus.CLOSED ? new Closure(f.closedAt, f.closureReason, f.closureSummary) : null,
                Intake.of(f), f.createdAt, f.updatedAt, f.version);
    }
}
