package cz.opora.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A task agreed at a case conference: owned by a participant, due on a date, followed up at the next meeting. */
@Entity(name = "CaseConferenceTask")
@Table(name = "case_conference_task")
public class CaseConferenceTask {
    public enum Status { OPEN, DONE, NOT_DONE }

    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "conference_id")
    public CaseConference conference;
    @Column(nullable = false)
    public int position;
    @Column(nullable = false)
    public String what;
    @Column(name = "owner_participant", nullable = false)
    public UUID ownerParticipant;
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "follow_up_note")
    public String followUpNote;
}
