package cz.opora.tutoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** School readiness of a club child, at entry and before school: a score of 1 to 4 per configured domain. */
@Entity
@Table(name = "readiness_assessment")
public class ReadinessAssessment {
    public enum Stage { ENTRY, BEFORE_SCHOOL }

    @Id
    public UUID id;
    @Column(name = "enrolment_id", nullable = false)
    public UUID enrolmentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Integer> scores;
    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;
    public String note;
}
