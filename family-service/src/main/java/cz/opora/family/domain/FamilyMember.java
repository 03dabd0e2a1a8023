package cz.opora.family.domain;

import cz.opora.events.MemberRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "family_member")
public class FamilyMember {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "family_id")
    public Family family;

    @Column(nullable = false)
    public int position;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberRole role;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    /** How the person relates to the family, in the worker's words ("babička z matčiny strany"). */
    public String relation;

    public String phone;

    public String email;

    /** For children: the school and class attended. */
    public String school;

    @Column(name = "school_class")
    public String schoolClass;

    @Version
    public long version;
}
