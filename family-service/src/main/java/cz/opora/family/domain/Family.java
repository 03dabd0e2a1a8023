package cz.opora.family.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * One organization's case file of a household: owned by that organization, which alone writes it; other organizations
 * see what their grants allow. A household known to several organizations is several files, linked ({@link CaseLink}).
 */
@Entity
@Table(name = "family")
public class Family {
    @Id
    public UUID id;

    @Column(name = "owning_organization", nullable = false, updatable = false)
    public String owningOrganization;

    @Column(nullable = false)
    public String name;

    public String street;

    @Column(nullable = false)
    public String municipality;

    @Column(name = "postal_code")
    public String postalCode;

    public String locality;

    @Column(name = "socially_excluded_locality", nullable = false)
    public boolean sociallyExcludedLocality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FamilyStatus status;

    /** Keycloak subject of the key worker (case manager). */
    @Column(name = "key_worker")
    public String keyWorker;

    @Column(name = "key_worker_name")
    public String keyWorkerName;

    /** Household label and members' names, normalised for search (see SearchText). */
    @Column(name = "search_name", nullable = false)
    public String searchName;

    @Column(name = "search_municipality", nullable = false)
    public String searchMunicipality;

    /** Where the file came from (see {@link IntakeSource}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "intake_source", nullable = false, updatable = false)
    public IntakeSource intakeSource = IntakeSource.NOT_RECORDED;

    /** Who referred the family: an Opora organization's id, or the name of a school, a doctor... (no person). */
    @Column(name = "intake_from", updatable = false)
    public String intakeFrom;

    /** The referral the file was opened from, when it came through Opora. */
    @Column(name = "intake_referral_id", updatable = false)
    public UUID intakeReferralId;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    public ClosureReason closureReason;

    @Column(name = "closure_summary")
    public String closureSummary;

    /** Set when the retention period after closure ended and personal data was removed. */
    @Column(name = "anonymised_at")
    public Instant anonymisedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public Set<FamilyMember> members = new LinkedHashSet<>();

    /**
     * Members and team are ordered sets, not lists: reading a family fetches both in one select
     * (FamilyRepository.findOwned), whose rows are members times team; a list there would be a "bag" that keeps each
     * member once per team member.
     */
    @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("workerName")
    public Set<FamilyTeamMember> team = new LinkedHashSet<>();

    /** Recomputes the search columns from the label, the municipality and the members' names. */
    public void refreshSearch() {
        StringBuilder text = new StringBuilder(name);
        for (FamilyMember member : members) {
            text.append(' ').append(member.firstName).append(' ').append(member.lastName);
        }
        String normalized = cz.opora.common.persistence.SearchText.normalize(text.toString());
        searchName = normalized.length() > 2000 ? normalized.substring(0, 2000) : normalized;
        searchMunicipality = cz.opora.common.persistence.SearchText.normalize(municipality);
    }
}
