package cz.opora.family.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import cz.opora.events.ConsentPurpose;
import cz.opora.events.DataScope;
import cz.opora.events.OrganizationType;
import cz.opora.family.domain.Consent;
import cz.opora.family.domain.ConsentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** One entry of the consent ledger, with its standing today. */
@Schema(name = "Consent")
public record ConsentView(UUID id, UUID givenBy, ConsentPurpose purpose, String recipientOrganization,
                          OrganizationType recipientType, Set<DataScope> scopes, LocalDate validFrom,
                          LocalDate validUntil, String formReference, String note, ConsentStatus status,
                          Instant recordedAt, Instant withdrawnAt, String withdrawalNote,
                          @JsonIgnore @Schema(hidden = true) long version) {
    static ConsentView of(Consent c, LocalDate today) {
        return new ConsentView(c.id, c.givenByMemberId, c.purpose, c.recipientOrganization, c.recipientType, c.scopes,
                c.validFrom, c.validUntil, c.formReference, c.note, c.status(today), c.recordedAt, c.withdrawnAt,
                c.withdrawalNote, c.version);
    }
}
