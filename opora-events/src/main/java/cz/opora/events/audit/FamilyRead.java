package cz.opora.events.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code cz.opora.audit.family-read}: a service other than family-service served (or changed) a family's
 * data to an authenticated caller, for the owner's access log in family-service. Who (the staff login or partner
 * client, its organization), what (the action, the endpoint as a route template) and through which record of the
 * producing service (a referral, a case conference, a match...; absent for lists and for the family itself).
 * Never a family member's personal data: ids, route templates and staff logins only.
 *
 * @param auditId the producing service's own audit row (one row may name several families: one event per family)
 */
public record FamilyRead(UUID familyId, UUID auditId, String actorSubject, String actorUsername,
                         String actorOrganization, String action, String endpoint, String throughType, UUID throughId,
                         Instant readAt) {
}
