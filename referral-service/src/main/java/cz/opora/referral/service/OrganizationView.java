package cz.opora.referral.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import cz.opora.events.OrganizationType;
import cz.opora.referral.domain.Organization;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Organization")
public record OrganizationView(String id, String name, OrganizationType type, boolean usesOpora,
                               List<String> municipalities, String region, List<String> services,
                               boolean acceptingNewClients, String email, String phone, String address, String website,
                               String managedBy, Instant updatedAt, @JsonIgnore @Schema(hidden = true) long version) {
    static OrganizationView of(Organization o) {
        return new OrganizationView(o.id, o.name, o.type, o.usesOpora, List.of(o.municipalities), o.region,
                List.of(o.services), o.acceptingNewClients, o.email, o.phone, o.address, o.website, o.managedBy,
                o.updatedAt, o.version);
    }
}
