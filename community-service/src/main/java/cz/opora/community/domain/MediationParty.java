package cz.opora.community.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A party of a mediation as a label and a role ("neighbours from flat 12", "complainant"), never a name. */
@Embeddable
public class MediationParty {
    @Column(nullable = false)
    public String label;
    @Column(nullable = false)
    public String role;

    public MediationParty() {
    }

    public MediationParty(String label, String role) {
        this.label = label;
        this.role = role;
    }
}
