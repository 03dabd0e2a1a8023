package cz.opora.tutoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;

/**
 * A volunteer tutor, often a student, of a tutoring programme. Vetting: a signed agreement, completed training and a
 * criminal-record extract, valid for a configured period from its date. Only a tutor whose vetting is complete and
 * current can be matched with a child.
 */
@Entity
@Table(name = "tutor")
public class Tutor {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String organization;
    /** The tutor's login name in Keycloak, when the tutor records sessions in Opora. */
    public String username;
    @Column(nullable = false)
    public String name;
    public String email;
    public String phone;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(60)[]")
    public String[] subjects;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(40)[]")
    public String[] languages;
    public String availability;
    @Column(name = "agreement_signed_on")
    public LocalDate agreementSignedOn;
    @Column(name = "training_completed_on")
    public LocalDate trainingCompletedOn;
    @Column(name = "criminal_record_date")
    public LocalDate criminalRecordDate;
    @Column(nullable = false)
    public boolean active;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    /** The last day the criminal-record extract counts, or null without one. */
    public LocalDate vettingValidUntil(Period validity) {
        return criminalRecordDate == null ? null : criminalRecordDate.plus(validity).minusDays(1);
    }

    /** Why the tutor cannot be matched today, or empty when the vetting is complete and current. */
    public Optional<String> notMatchableBecause(LocalDate today, Period validity) {
        if (!active) {
            return Optional.of("the tutor is not active");
        }
        if (agreementSignedOn == null) {
            return Optional.of("the tutor has not signed the agreement");
        }
        if (trainingCompletedOn == null) {
            return Optional.of("the tutor has not completed the training");
        }
        if (criminalRecordDate == null) {
            return Optional.of("the tutor has no criminal-record extract");
        }
        if (vettingValidUntil(validity).isBefore(today)) {
            return Optional.of("the tutor's criminal-record extract of " + criminalRecordDate + " is no longer valid");
        }
        return Optional.empty();
    }
}
