package cz.opora.events.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code cz.opora.family.registered}: a family was registered by its owning organization.
 * Carries what other services need to know the family (to refer it, invite it, tutor its children), not the
 * case file: no street address, no contact details, no notes.
 */
public record FamilyRegistered(
        UUID familyId,
        String owningOrganization,
        String name,
        String municipality,
        String status,
        List<Member> members,
        Instant registeredAt) {

    public record Member(UUID memberId, String role, String firstName, String lastName, LocalDate birthDate) {
    }
}
