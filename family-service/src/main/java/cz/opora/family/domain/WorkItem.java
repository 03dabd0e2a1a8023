package cz.opora.family.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing a worker (or the organization's queue) has to do, kept up to date from events and from this service's
 * own changes: the read model behind {@code GET /api/v1/work}. It names what it is about (a reference and the family's
 * file) and carries no text of the family.
 */
@Entity
@Table(name = "work_item")
public class WorkItem {
    public enum State { OPEN, DONE }

    @Id
    public UUID id;
    @Column(nullable = false)
    public String organization;
    /** Keycloak subject of the worker; null: the organization's queue. */
    public String assignee;
    /** For a queue item: only workers with this role see it; null: every worker of the organization. */
    @Column(name = "assignee_role")
    public String assigneeRole;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkKind kind;
    @Column(name = "family_id")
    public UUID familyId;
    @Column(name = "ref_type", nullable = false)
    public String refType;
    @Column(name = "ref_id", nullable = false)
    public UUID refId;
    /** The record the reference is part of, when its link needs it (a conference task's conference); else null. */
    @Column(name = "context_id")
    public UUID contextId;
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;
    @Column(name = "visible_from")
    public LocalDate visibleFrom;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;
    @Column(name = "source_event_id")
    public UUID sourceEventId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "closed_at")
    public Instant closedAt;
}
