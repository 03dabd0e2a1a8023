package cz.opora.community.service;

import cz.opora.community.domain.AgeBand;
import cz.opora.community.domain.Gender;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "AnonymousClient")
public record AnonymousClientView(UUID id, String code, AgeBand ageBand, Gender gender,
                                  @Schema(description = "Linked to a member of the organization's own case file "
                                          + "(GET .../family-link shows to whom)") boolean linkedToFamily,
                                  Instant createdAt, long version) {
}
