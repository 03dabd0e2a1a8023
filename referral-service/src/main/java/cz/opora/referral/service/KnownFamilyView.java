package cz.opora.referral.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import cz.opora.events.MemberRole;
import cz.opora.projection.KnownFamily;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What referral-service knows of a family: enough to refer it or some of its children. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "KnownFamily")
public record KnownFamilyView(UUID id, String name, String municipality, String status, String owningOrganization,
                              List<Member> members, Instant registeredAt) {

    @Schema(name = "KnownFamilyMember")
    public record Member(UUID id, MemberRole role, String firstName, String lastName, LocalDate birthDate) {
    }

    static KnownFamilyView of(KnownFamily f, boolean withMembers) {
        return new KnownFamilyView(f.id, f.name, f.municipality, f.status, f.owningOrganization,
                withMembers ? f.members.stream().map(m -> new Member(m.id, m.role, m.firstName, m.lastName, m.birthDate)).toList()
                        : null,
                f.registeredAt);
    }
}
