package cz.opora.family.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.security.Roles;
import cz.opora.common.time.WorkCalendar;
import cz.opora.family.domain.WorkItem;
import cz.opora.family.domain.WorkItemRepository;
import cz.opora.family.domain.WorkKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** My work: the caller's open items and their organization's queue (all of it for an org-admin). */
@ApplicationScoped
@Transactional
public class WorkService {
    static final String RESOURCE = "family";
    /** The realm roles a queue item may be addressed to, and that the reader's roles are matched against. */
    static final List<String> ROLES = List.of(Roles.OSPOD_WORKER, Roles.CASE_MANAGER, Roles.FAMILY_WORKER,
            Roles.NZDM_WORKER, Roles.FGC_COORDINATOR, Roles.CLUB_LEADER, Roles.ORG_ADMIN);

    @Inject
    Caller caller;
    @Inject
    WorkItemRepository items;
    @Inject
    AccessService access;
    @Inject
    WorkCalendar calendar;
    @Inject
    AuditLog audit;

    public Page<WorkItemView> list(String kind, String family, PageRequest page) {
        WorkKind kindFilter = parseKind(kind);
        UUID familyFilter = parseFamily(family);
        LocalDate today = calendar.today();
        List<String> roles = ROLES.stream().filter(caller::hasRole).toList();
        WorkItemRepository.Reader reader = new WorkItemRepository.Reader(caller.organization(), caller.subject(), roles,
                caller.hasRole(Roles.ORG_ADMIN));
        List<WorkItem> rows = items.page(reader, kindFilter, familyFilter, today, page.afterDay(), page.afterId(),
                page.limit() + 1);
        Set<UUID> visible = visibleFamilies(rows);
        if (!visible.isEmpty()) {
            audit.record("work.list", RESOURCE, visible.stream().sorted().toList());
        }
        return page.page(rows, item -> WorkItemView.of(item, item.familyId != null && visible.contains(item.familyId), today),
                item -> Cursor.of(item.dueDate, item.id));
    }

    /** The families of these items the caller may open: its own files, and files shared with it now. */
    private Set<UUID> visibleFamilies(List<WorkItem> rows) {
        Set<UUID> ids = rows.stream().map(i -> i.familyId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<UUID> visible = new HashSet<>(items.ownedFamilies(ids, caller.organization()));
        for (UUID id : ids) {
            if (!visible.contains(id) && access.shared(id, caller.organization()).isPresent()) {
                visible.add(id);
            }
        }
        return visible;
    }

    private static WorkKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return WorkKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", "must be one of " + java.util.Arrays.toString(WorkKind.values()));
        }
    }

    private static UUID parseFamily(String family) {
        if (family == null || family.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(family.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("familyId", "must be a UUID");
        }
    }
}
