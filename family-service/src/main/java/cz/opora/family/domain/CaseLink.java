package cz.opora.family.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One side of a link between two organizations' case files of the same household. A link is stored once per side
 * (same id), so that each file lists its links with one indexed read. A link shares nothing by itself: what one
 * organization sees of the other's file is still what its grants and the family's consents allow.
 */
@Entity
@Table(name = "case_link")
@IdClass(CaseLink.Key.class)
public class CaseLink {
    public record Key(UUID id, UUID familyId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public UUID id;
    @Id
    @Column(name = "family_id")
    public UUID familyId;
    @Column(name = "linked_family_id", nullable = false)
    public UUID linkedFamilyId;
    @Column(name = "linked_organization", nullable = false)
    public String linkedOrganization;
    /** The referral the link came from, if any. */
    @Column(name = "referral_id")
    public UUID referralId;
    @Column(name = "linked_by", nullable = false)
    public String linkedBy;
    @Column(name = "linked_at", nullable = false)
    public Instant linkedAt;
}
