package cz.opora.community.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A client of a low-threshold service known only by a code or nickname the client chose, an age band and a gender.
 * With the client's recorded agreement the client may be linked to a member of the organization's own case file.
 */
@Entity
@Table(name = "anonymous_client")
public class AnonymousClient {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String organization;
    @Column(nullable = false)
    public String code;
    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false)
    public AgeBand ageBand;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;
    @Column(name = "family_id")
    public UUID familyId;
    @Column(name = "member_id")
    public UUID memberId;
    @Column(name = "link_agreed_on")
    public LocalDate linkAgreedOn;
    @Column(name = "linked_at")
    public Instant linkedAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    public boolean linked() {
        return familyId != null;
    }

    /** The link goes (the family was erased); the client stays, anonymous. */
    public void unlink() {
        familyId = null;
        memberId = null;
        linkAgreedOn = null;
        linkedAt = null;
    }
}
