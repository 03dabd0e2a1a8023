package cz.opora.community.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "FamilyLink", description = "The member of the organization's own case file an anonymous client is (read audited)")
public record FamilyLinkView(UUID clientId, UUID familyId, UUID memberId, String memberFirstName, String memberLastName,
                             LocalDate agreedOn, Instant linkedAt, long version) {
}
