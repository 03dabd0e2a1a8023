package cz.opora.family.service;

import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyMember;
import cz.opora.family.domain.FamilyStatus;
import cz.opora.family.domain.MemberRole;
import com.fasterxml.jackson.annotation.JsonIgnore;
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
        String keyWorker,
        List<Member> members,
        Instant createdAt,
        Instant updatedAt,
        @JsonIgnore @Schema(hidden = true) long version) {

    @Schema(name = "FamilyAddress")
    public record Address(String street, String municipality, String postalCode, String locality,
                          boolean sociallyExcludedLocality) {
    }

    @Schema(name = "Member")
    public record Member(UUID id, String firstName, String lastName, MemberRole role, LocalDate birthDate) {
        static Member of(FamilyMember m) {
            return new Member(m.id, m.firstName, m.lastName, m.role, m.birthDate);
        }
    }

    static FamilyView of(Family f) {
        return new FamilyView(f.id, f.name,
                new Address(f.street, f.municipality, f.postalCode, f.locality, f.sociallyExcludedLocality),
                f.status, f.owningOrganization, f.keyWorker, f.members.stream().map(Member::of).toList(),
                f.createdAt, f.updatedAt, f.version);
    }
}
